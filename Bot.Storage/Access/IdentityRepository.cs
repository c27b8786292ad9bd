using Bot.Core.Access;
using Bot.Storage.Connection;

namespace Bot.Storage.Access;

/// <summary>Who a Telegram user is in the directory, read in the update's transaction (so an invite used
/// earlier in it already counts).</summary>
public sealed class IdentityRepository(DbSession session) : IIdentityStore
{
    public async Task<Identity> IdentifyAsync(long telegramUserId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT s.id AS staff_id, coalesce(s.is_admin, false) AS is_staff_administrator, ch.company_id AS chosen_company_id,
                   m.company_id, c.name AS company_name
            FROM (SELECT @UserId AS user_id) u
            LEFT JOIN staff s ON s.telegram_user_id = u.user_id AND s.blocked_at IS NULL
            LEFT JOIN chosen_companies ch ON ch.telegram_user_id = u.user_id
            LEFT JOIN client_employees e ON e.telegram_user_id = u.user_id
            LEFT JOIN memberships m ON m.employee_id = e.id
            LEFT JOIN companies c ON c.id = m.company_id AND c.archived_at IS NULL
            ORDER BY c.name
            """;
        var rows = (await session.QueryAsync<IdentityRow>(sql, new { UserId = telegramUserId }, cancellationToken)).ToList();
        var first = rows[0];
        var memberships = rows.Where(row => row.CompanyName is not null).Select(row => new Membership(row.CompanyId!.Value, row.CompanyName!)).ToList();
        return new Identity(first.StaffId, first.IsStaffAdministrator, memberships, first.ChosenCompanyId);
    }

    private sealed class IdentityRow
    {
        public int? StaffId { get; init; }

        public bool IsStaffAdministrator { get; init; }

        public int? ChosenCompanyId { get; init; }

        public int? CompanyId { get; init; }

        public string? CompanyName { get; init; }
    }
}
