using Bot.Core.Deadlines;
using Bot.Storage.Connection;

namespace Bot.Storage.Deadlines;

/// <summary>Due work and the notices sent about it, in the job's transaction; blocked staff and archived companies
/// hear nothing. The notices already sent for a
/// task's deadline come with the task, so a run only tries what is new; the primary key settles a race.</summary>
public sealed class DeadlineNoticeRepository(DbSession session) : IDeadlineNotices
{
    public async Task<IReadOnlyList<DueTask>> OpenDueByAsync(DateOnly through, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT t.id AS task_id, t.number, co.name AS company_name, st.title AS service_title, t.requested_deadline AS deadline,
                   a.full_name AS assignee_name, a.telegram_user_id AS assignee_user_id, au.language_code AS assignee_language,
                   pm.telegram_user_id AS pm_user_id, pmu.language_code AS pm_language,
                   hd.telegram_user_id AS head_user_id, hdu.language_code AS head_language,
                   array(SELECT n.kind FROM task_deadline_notices n WHERE n.task_id = t.id AND n.deadline = t.requested_deadline) AS sent
            FROM service_tasks t
            JOIN companies co ON co.id = t.company_id AND co.archived_at IS NULL
            JOIN service_templates st ON st.id = t.template_id
            JOIN catalog_categories c ON c.id = st.category_id
            LEFT JOIN staff a ON a.id = t.assignee_staff_id AND a.blocked_at IS NULL
            LEFT JOIN telegram_users au ON au.id = a.telegram_user_id
            LEFT JOIN company_projects p ON p.company_id = t.company_id AND p.department_id = c.department_id
            LEFT JOIN company_projects mp ON mp.company_id = t.company_id AND mp.is_main
            LEFT JOIN staff pm ON pm.id = coalesce(p.pm_staff_id, mp.pm_staff_id) AND pm.blocked_at IS NULL
            LEFT JOIN telegram_users pmu ON pmu.id = pm.telegram_user_id
            LEFT JOIN departments d ON d.id = c.department_id
            LEFT JOIN staff hd ON hd.id = d.head_staff_id AND hd.blocked_at IS NULL
            LEFT JOIN telegram_users hdu ON hdu.id = hd.telegram_user_id
            WHERE t.status IN ('review', 'accepted') AND t.requested_deadline <= @Through::date
            ORDER BY t.requested_deadline, t.id
            """;
        var rows = await session.QueryAsync<Row>(sql, new { Through = through.ToDateTime(TimeOnly.MinValue) }, cancellationToken);
        return [.. rows.Select(row => row.ToDueTask())];
    }

    public async Task<bool> TryRecordAsync(long taskId, DeadlineNoticeKind kind, DateOnly deadline, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO task_deadline_notices (task_id, kind, deadline, sent_at) VALUES (@TaskId, @Kind, @Deadline::date, @Now)
            ON CONFLICT DO NOTHING
            """;
        return await session.ExecuteAsync(sql, new { TaskId = taskId, Kind = Code(kind), Deadline = deadline.ToDateTime(TimeOnly.MinValue), Now = now }, cancellationToken) == 1;
    }

    private static string Code(DeadlineNoticeKind kind) => kind switch
    {
        DeadlineNoticeKind.Before => "before",
        DeadlineNoticeKind.DueToday => "due_today",
        DeadlineNoticeKind.OverduePm => "overdue_pm",
        _ => "overdue_head",
    };

    /// <summary>Properties, since Dapper does not match array columns to constructor parameters.</summary>
    private sealed class Row
    {
        public long TaskId { get; init; }

        public int Number { get; init; }

        public string CompanyName { get; init; } = "";

        public string ServiceTitle { get; init; } = "";

        public DateOnly Deadline { get; init; }

        public string? AssigneeName { get; init; }

        public long? AssigneeUserId { get; init; }

        public string? AssigneeLanguage { get; init; }

        public long? PmUserId { get; init; }

        public string? PmLanguage { get; init; }

        public long? HeadUserId { get; init; }

        public string? HeadLanguage { get; init; }

        public string[] Sent { get; init; } = [];

        public DueTask ToDueTask() => new(
            TaskId, Number, CompanyName, ServiceTitle, Deadline, AssigneeName,
            AssigneeUserId is { } a ? new Recipient(a, AssigneeLanguage) : null,
            PmUserId is { } p ? new Recipient(p, PmLanguage) : null,
            HeadUserId is { } h ? new Recipient(h, HeadLanguage) : null,
            Sent.Select(code => Enum.GetValues<DeadlineNoticeKind>().First(kind => Code(kind) == code)).ToHashSet());
    }
}
