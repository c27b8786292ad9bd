using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Connection;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Requests;

/// <summary>Tasks as the screens show them, read in the scope's <see cref="DbSession"/> (so a task filed in this
/// update is already visible).</summary>
public sealed class TaskQueries(DbSession session) : ITaskQueries
{
    public async Task<TaskPage> PageForCompanyAsync(int companyId, int offset, int limit, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT t.id, t.number, st.title AS service_title, t.status, t.requested_deadline, count(*) OVER () AS total
            FROM service_tasks t JOIN service_templates st ON st.id = t.template_id
            WHERE t.company_id = @CompanyId
            ORDER BY t.id DESC
            OFFSET @Offset LIMIT @Limit
            """;
        var rows = (await session.QueryAsync<SummaryRow>(sql, new { CompanyId = companyId, Offset = offset, Limit = limit }, cancellationToken)).ToList();
        var total = rows.Count > 0 ? (int)rows[0].Total : await CountAsync(companyId, cancellationToken);
        return new TaskPage([.. rows.Select(row => new TaskSummary(row.Id, row.Number, row.ServiceTitle, RequestStatusCodes.Parse(row.Status), row.RequestedDeadline))], total);
    }

    /// <summary>The task with its files, history and followers, read in one round trip (with any writes deferred
    /// ahead of it, such as a filing's history).</summary>
    public async Task<TaskDetails?> FindAsync(long taskId, CancellationToken cancellationToken)
    {
        // Lookups by primary key as subqueries rather than joins: five tables to join order instead of eight halves
        // the planning, which is most of the statement's time whenever it is not prepared.
        const string task = """
            SELECT t.id, t.number, t.company_id, c.name AS company_name, cat.department_id, st.title AS service_title, t.status,
                   t.requester_user_id, t.requester_name, (SELECT ru.language_code FROM telegram_users ru WHERE ru.id = t.requester_user_id) AS requester_language,
                   t.description, t.requested_deadline, t.planned_due, t.hard_due, t.created_at AS filed_at,
                   s.id AS assignee_staff_id, s.full_name AS assignee_name, CASE WHEN s.blocked_at IS NULL THEN s.telegram_user_id END AS assignee_user_id,
                   (SELECT u.language_code FROM telegram_users u WHERE u.id = s.telegram_user_id) AS assignee_language,
                   (SELECT w.number FROM service_tasks w WHERE w.id = t.waits_for_task_id) AS waits_for_number,
                   t.checklist, c.archived_at IS NOT NULL AS company_archived,
                   array(SELECT k.position FROM task_checklist_ticks k WHERE k.task_id = t.id) AS ticked
            FROM service_tasks t
            JOIN companies c ON c.id = t.company_id
            JOIN service_templates st ON st.id = t.template_id
            JOIN catalog_categories cat ON cat.id = st.category_id
            LEFT JOIN staff s ON s.id = t.assignee_staff_id
            WHERE t.id = @TaskId
            """;
        const string files = """
            SELECT f.id, f.file_name, f.mime_type, f.sent_as, f.sha256, f.telegram_file_id
            FROM task_files tf JOIN stored_files f ON f.id = tf.stored_file_id
            WHERE tf.task_id = @TaskId
            ORDER BY f.id
            """;
        const string history = """
            SELECT e.created_at, e.kind, e.author_name, e.body, (SELECT count(*)::int FROM task_files tf WHERE tf.event_id = e.id) AS file_count
            FROM task_events e WHERE e.task_id = @TaskId ORDER BY e.id
            """;
        // Who follows the task, or every request of its company — only people still employed by the company.
        const string followers = """
            SELECT e.telegram_user_id AS user_id, u.language_code, bool_or(f.all_of_company) AS all_of_company
            FROM service_tasks t
            CROSS JOIN LATERAL (
                SELECT user_id, false AS all_of_company FROM task_followers WHERE task_id = t.id
                UNION ALL
                SELECT e.telegram_user_id, true FROM company_followers c JOIN client_employees e ON e.id = c.employee_id WHERE c.company_id = t.company_id) f
            JOIN client_employees e ON e.telegram_user_id = f.user_id
            JOIN memberships m ON m.employee_id = e.id AND m.company_id = t.company_id
            LEFT JOIN telegram_users u ON u.id = e.telegram_user_id
            WHERE t.id = @TaskId
            GROUP BY e.telegram_user_id, u.language_code
            ORDER BY e.telegram_user_id
            """;
        TaskDetails? found = null;
        await session.ReadAsync([ByTask(task), ByTask(files), ByTask(history), ByTask(followers)], async (reader, token) =>
        {
            var row = (await BatchRows.ReadAsync<TaskRow>(reader, token)).SingleOrDefault();
            await reader.NextResultAsync(token);
            var fileRows = await BatchRows.ReadAsync<FileRow>(reader, token);
            await reader.NextResultAsync(token);
            var eventRows = await BatchRows.ReadAsync<EventRow>(reader, token);
            await reader.NextResultAsync(token);
            var followerRows = await BatchRows.ReadAsync<TaskFollower>(reader, token);
            found = row is null ? null : row.ToDetails([.. fileRows.Select(ToFile)], [.. eventRows.Select(ToEntry)]) with { Followers = followerRows };
        }, cancellationToken);
        return found;

        NpgsqlBatchCommand ByTask(string sql) => new(sql) { Parameters = { BatchParameter.Of("TaskId", taskId, NpgsqlDbType.Bigint) } };
    }

    private async Task<int> CountAsync(int companyId, CancellationToken cancellationToken) =>
        (await session.QueryAsync<int>("SELECT count(*)::int FROM service_tasks WHERE company_id = @CompanyId", new { CompanyId = companyId }, cancellationToken)).Single();

    private static StoredFileRef ToFile(FileRow file) =>
        new(file.Id, file.FileName, file.MimeType, file.SentAs == "photo" ? FileKind.Photo : FileKind.Document, file.Sha256, file.TelegramFileId);

    private static TaskEntry ToEntry(EventRow e) =>
        new(e.CreatedAt, Enum.Parse<TaskEntryKind>(e.Kind, ignoreCase: true), e.AuthorName, e.Body, e.FileCount);

    private sealed record SummaryRow(long Id, int Number, string ServiceTitle, string Status, DateOnly RequestedDeadline, long Total);

    private sealed record FileRow(long Id, string FileName, string MimeType, string SentAs, string Sha256, string? TelegramFileId);

    private sealed record EventRow(DateTime CreatedAt, string Kind, string? AuthorName, string Body, int FileCount);
}
