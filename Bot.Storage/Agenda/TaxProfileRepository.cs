using Bot.Core.Agenda;
using Bot.Core.Taxes;
using Bot.Storage.Connection;

namespace Bot.Storage.Agenda;

public sealed class TaxProfileRepository(DbSession session) : ITaxProfiles
{
    public async Task<TaxProfile?> FindAsync(int companyId, CancellationToken cancellationToken) =>
        (await ForCompaniesAsync([companyId], cancellationToken)).TryGetValue(companyId, out var profile) ? profile : null;

    public async Task<IReadOnlyDictionary<int, TaxProfile>> ForCompaniesAsync(IReadOnlyCollection<int> companyIds, CancellationToken cancellationToken)
    {
        var rows = await session.QueryAsync<ProfileRow>(
            "SELECT company_id, regime, employer FROM company_tax_profiles WHERE company_id = ANY(@Ids)", new { Ids = companyIds.ToArray() }, cancellationToken);
        return rows.ToDictionary(row => row.CompanyId, row => new TaxProfile(TaxRegimeCodes.TryParse(row.Regime, out var regime) ? regime : TaxRegime.Osno, row.Employer));
    }

    public async Task SetAsync(int companyId, TaxProfile profile, string setBy, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            """
            INSERT INTO company_tax_profiles (company_id, regime, employer, set_by, set_at) VALUES (@CompanyId, @Regime, @Employer, @SetBy, @Now)
            ON CONFLICT (company_id) DO UPDATE SET regime = excluded.regime, employer = excluded.employer, set_by = excluded.set_by, set_at = excluded.set_at
            """,
            new { CompanyId = companyId, Regime = TaxRegimeCodes.Of(profile.Regime), profile.Employer, SetBy = setBy, Now = now }, cancellationToken);

    public async Task<bool> FirstAskAsync(int companyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            "INSERT INTO tax_profile_requests (company_id, asked_at) VALUES (@CompanyId, @Now) ON CONFLICT DO NOTHING",
            new { CompanyId = companyId, Now = now }, cancellationToken) == 1;

    private sealed record ProfileRow(int CompanyId, string Regime, bool Employer);
}
