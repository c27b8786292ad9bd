using Bot.Core.Access;
using Bot.Core.Catalog;
using Bot.Core.Invites;
using Bot.Core.Messaging;

namespace Bot.Core.Tests.Builders;

/// <summary>Core's directory interfaces held in memory; the PostgreSQL implementations have their own tests.</summary>
internal sealed class InMemoryDirectory : IIdentityStore, IInviteRedeemer, ICompanyCatalog, ICompanyChoice, IClientCompanies
{
    private readonly Dictionary<long, List<Membership>> memberships = [];
    private readonly Dictionary<int, List<CompanyService>> services = [];
    private readonly Dictionary<string, (Membership Company, DateTimeOffset ExpiresAt, bool Used)> invites = [];
    private readonly Dictionary<long, int> chosen = [];
    private readonly Dictionary<long, StaffProfile> staff = [];

    public void Employ(long userId, StaffProfile profile) => staff[userId] = profile;

    public void Join(long userId, int companyId, string companyName, bool documents = true, bool approve = true, bool finance = true) =>
        Memberships(userId).Add(new Membership(companyId, companyName, CanSeeDocuments: documents, CanApprove: approve, CanSeeFinance: finance));

    public void Offer(int companyId, string categoryCode, string categoryTitle, string code, string title, int planned = 1, int hard = 3) =>
        (services.TryGetValue(companyId, out var list) ? list : services[companyId] = []).Add(new CompanyService(categoryCode, categoryTitle, code, title, "", planned, hard, true, null));

    public string Invite(int companyId, string companyName, DateTimeOffset expiresAt)
    {
        var token = InviteToken.New();
        invites[token] = (new Membership(companyId, companyName), expiresAt, false);
        return token;
    }

    public Task<Identity> IdentifyAsync(long telegramUserId, CancellationToken cancellationToken) =>
        Task.FromResult(new Identity(staff.GetValueOrDefault(telegramUserId), [.. Memberships(telegramUserId)], chosen.TryGetValue(telegramUserId, out var company) ? company : null));

    public Task ChooseAsync(long telegramUserId, int companyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        chosen[telegramUserId] = companyId;
        return Task.CompletedTask;
    }

    public Task<InviteOutcome> RedeemAsync(string token, ChatUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!invites.TryGetValue(token, out var invite))
        {
            return Task.FromResult<InviteOutcome>(new InviteOutcome.Unknown());
        }

        if (invite.Used || invite.ExpiresAt <= now)
        {
            return Task.FromResult<InviteOutcome>(invite.Used ? new InviteOutcome.AlreadyUsed() : new InviteOutcome.Expired());
        }

        invites[token] = invite with { Used = true };
        Memberships(user.Id).Add(invite.Company);
        return Task.FromResult<InviteOutcome>(new InviteOutcome.JoinedCompany(invite.Company.CompanyName));
    }

    public Task<IReadOnlyList<CompanyService>> EnabledServicesAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CompanyService>>(services.TryGetValue(companyId, out var list) ? list : []);

    public Task<IReadOnlyList<ClientCompany>> AllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClientCompany>>([.. memberships.Values.SelectMany(list => list).DistinctBy(m => m.CompanyId).Select(m => new ClientCompany(m.CompanyId, m.CompanyName, "7707083893", []))]);

    private List<Membership> Memberships(long userId) => memberships.TryGetValue(userId, out var list) ? list : memberships[userId] = [];
}
