using Bot.Core.Access;
using Bot.Storage.Connection;

namespace Bot.Storage.Access;

/// <summary>The company each client employee acts for, in the update's <see cref="DbSession"/>.</summary>
public sealed class ChosenCompanies(DbSession session) : ICompanyChoice
{
    public async Task ChooseAsync(long telegramUserId, int companyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO chosen_companies (telegram_user_id, company_id, chosen_at) VALUES (@UserId, @CompanyId, @Now)
            ON CONFLICT (telegram_user_id) DO UPDATE SET company_id = excluded.company_id, chosen_at = excluded.chosen_at
            """;
        await session.ExecuteAsync(sql, new { UserId = telegramUserId, CompanyId = companyId, Now = now }, cancellationToken);
    }
}
