using System.Text.Json;
using Bot.Core.Access;
using Bot.Storage.Connection;

namespace Bot.Storage.Access;

/// <summary>Who a Telegram user is in the directory, read in the update's transaction (so an invite used
/// earlier in it already counts). The inbox's claim reads a whole batch's senders with the batch
/// (<see cref="Prime"/>): a primed identity answers only while the session has
/// run no statement since, so a change made meanwhile — by this update or another of the batch — is always
/// read afresh.</summary>
public sealed class IdentityRepository(DbSession session) : IIdentityStore
{
    /// <summary>What the directory holds of the user <c>u.user_id</c> (with <see cref="Joins"/>): their staff
    /// record, memberships and chosen company.</summary>
    internal const string Columns = """
        u.user_id, s.id AS staff_id, coalesce(s.is_admin, false) AS is_admin,
        ARRAY(SELECT sd.department_id FROM staff_departments sd WHERE sd.staff_id = s.id) AS departments,
        ARRAY(SELECT d.id FROM departments d WHERE d.head_staff_id = s.id) AS head_of,
        ARRAY(SELECT p.company_id FROM company_projects p WHERE p.pm_staff_id = s.id) AS pm_of,
        ARRAY(SELECT DISTINCT p.company_id FROM company_projects p
              JOIN staff_departments sd ON sd.department_id = p.department_id WHERE sd.staff_id = s.id) AS serves,
        ch.company_id AS chosen_company_id,
        (SELECT coalesce(json_agg(json_build_object(
                    'companyId', c.id, 'companyName', c.name, 'canFileRequests', m.can_file_requests,
                    'canSeeDocuments', m.can_see_documents, 'canApprove', m.can_approve, 'canSeeFinance', m.can_see_finance) ORDER BY c.name), '[]')
         FROM client_employees e
         JOIN memberships m ON m.employee_id = e.id
         JOIN companies c ON c.id = m.company_id AND c.archived_at IS NULL
         WHERE e.telegram_user_id = u.user_id)::text AS memberships
        """;

    internal const string Joins = """
        LEFT JOIN staff s ON s.telegram_user_id = u.user_id AND s.blocked_at IS NULL
        LEFT JOIN chosen_companies ch ON ch.telegram_user_id = u.user_id
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private Dictionary<long, Identity> primed = [];
    private int primedAt = -1;

    public async Task<Identity> IdentifyAsync(long telegramUserId, CancellationToken cancellationToken)
    {
        if (session.Statements == primedAt && primed.TryGetValue(telegramUserId, out var known))
        {
            return known;
        }

        const string sql = $"SELECT {Columns} FROM (SELECT @UserId::bigint) AS u(user_id) {Joins}";
        return Read((await session.QuerySingleOrDefaultAsync<IdentityRow>(sql, new { UserId = telegramUserId }, cancellationToken))!);
    }

    /// <summary>Identities read elsewhere in this session, valid until its next statement; returned as read.</summary>
    internal IReadOnlyDictionary<long, Identity> Prime(IEnumerable<IdentityRow> rows)
    {
        var read = new Dictionary<long, Identity>();
        foreach (var row in rows)
        {
            read[row.UserId] = Read(row); // one user may have updates in two chats of a batch
        }

        Prime(read);
        return read;
    }

    /// <summary>Identities known already (checked with the session's commit), valid until its next statement.</summary>
    internal void Prime(IReadOnlyDictionary<long, Identity> identities)
    {
        primed = new Dictionary<long, Identity>(identities);
        primedAt = session.Statements;
    }

    private static Identity Read(IdentityRow row)
    {
        var staff = row.StaffId is { } id ? new StaffProfile(id, row.IsAdmin, row.Departments, row.HeadOf, row.PmOf, row.Serves) : null;
        return new Identity(staff, JsonSerializer.Deserialize<List<Membership>>(row.Memberships, Json)!, row.ChosenCompanyId);
    }

    internal class IdentityRow
    {
        public long UserId { get; init; }

        public int? StaffId { get; init; }

        public bool IsAdmin { get; init; }

        public int[] Departments { get; init; } = [];

        public int[] HeadOf { get; init; } = [];

        public int[] PmOf { get; init; } = [];

        public int[] Serves { get; init; } = [];

        public int? ChosenCompanyId { get; init; }

        public string Memberships { get; init; } = "[]";
    }
}
