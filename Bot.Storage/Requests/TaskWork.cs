using Bot.Core.Requests;
using Bot.Storage.Connection;

namespace Bot.Storage.Requests;

/// <summary>Staff's changes to tasks in the update's transaction. Each change is one conditional UPDATE whose
/// row count decides the winner; the row lock it takes makes a concurrent change wait and then find the
/// condition false, so only the winner writes history.</summary>
public sealed class TaskWork(DbSession session) : ITaskWork
{
    /// <summary>The name the history shows: the directory's full name, else the Telegram name.</summary>
    private const string AuthorName = """
        coalesce((SELECT full_name FROM staff WHERE telegram_user_id = @UserId),
                 (SELECT full_name FROM client_employees WHERE telegram_user_id = @UserId), @Name)
        """;

    public async Task<bool> MoveAsync(long taskId, RequestStatus expected, RequestStatus target, TaskActor actor, string? note, IReadOnlyList<long> fileIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string move = """
            UPDATE service_tasks SET status = @Target, updated_at = @Now, closed_at = CASE WHEN @Target IN ('done', 'rejected') THEN @Now END
            WHERE id = @TaskId AND status = @Expected
            """;
        var parameters = new
        {
            TaskId = taskId, Expected = RequestStatusCodes.Of(expected), Target = RequestStatusCodes.Of(target), actor.UserId, actor.Name,
            Note = note ?? "", FileIds = fileIds.ToArray(), Now = now,
        };
        if (await session.ExecuteAsync(move, parameters, cancellationToken) == 0)
        {
            return false;
        }

        if (note is not null || fileIds.Count > 0)
        {
            const string comment = $"""
                WITH note AS (
                    INSERT INTO task_events (task_id, kind, author_user_id, author_name, body, created_at)
                    VALUES (@TaskId, 'comment', @UserId, {AuthorName}, @Note, @Now)
                    RETURNING id)
                INSERT INTO task_files (task_id, stored_file_id, event_id)
                SELECT @TaskId, f.id, note.id FROM note, stored_files f JOIN service_tasks t ON t.id = @TaskId
                WHERE f.id = ANY(@FileIds) AND f.uploaded_by = @UserId AND f.company_id = t.company_id
                ON CONFLICT DO NOTHING
                """;
            await session.ExecuteAsync(comment, parameters, cancellationToken);
        }

        const string status = $"""
            INSERT INTO task_events (task_id, kind, author_user_id, author_name, body, created_at)
            VALUES (@TaskId, 'status', @UserId, {AuthorName}, @Target, @Now)
            """;
        await session.ExecuteAsync(status, parameters, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<long>> ReleaseWaitingAsync(long taskId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH released AS (
                UPDATE service_tasks SET status = 'review', updated_at = @Now WHERE waits_for_task_id = @TaskId AND status = 'waiting' RETURNING id)
            INSERT INTO task_events (task_id, kind, body, created_at)
            SELECT id, 'status', 'review', @Now FROM released
            RETURNING task_id
            """;
        return [.. await session.QueryAsync<long>(sql, new { TaskId = taskId, Now = now }, cancellationToken)];
    }

    public async Task<bool> ReassignAsync(long taskId, int? fromStaffId, StaffChoice successor, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = $"""
            WITH moved AS (
                UPDATE service_tasks SET assignee_staff_id = @To, updated_at = @Now
                WHERE id = @TaskId AND assignee_staff_id IS NOT DISTINCT FROM @From AND status IN ('review', 'accepted')
                RETURNING id)
            INSERT INTO task_events (task_id, kind, author_user_id, author_name, body, created_at)
            SELECT id, 'reassigned', @UserId, {AuthorName}, @ToName, @Now FROM moved
            """;
        return await session.ExecuteAsync(sql, new { TaskId = taskId, From = fromStaffId, To = successor.StaffId, ToName = successor.Name, actor.UserId, actor.Name, Now = now }, cancellationToken) == 1;
    }

    public async Task<bool> ToggleTickAsync(long taskId, int position, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string check = """
            SELECT true FROM service_tasks WHERE id = @TaskId AND status = 'accepted' AND @Position < cardinality(checklist) FOR UPDATE
            """;
        const string toggle = $"""
            WITH removed AS (DELETE FROM task_checklist_ticks WHERE task_id = @TaskId AND position = @Position RETURNING task_id)
            INSERT INTO task_checklist_ticks (task_id, position, ticked_by_name, ticked_at)
            SELECT @TaskId, @Position, {AuthorName}, @Now WHERE NOT EXISTS (SELECT 1 FROM removed)
            """;
        var parameters = new { TaskId = taskId, Position = position, actor.UserId, actor.Name, Now = now };
        if (position < 0 || !await session.QuerySingleOrDefaultAsync<bool>(check, parameters, cancellationToken))
        {
            return false;
        }

        await session.ExecuteAsync(toggle, parameters, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<StaffChoice>> ColleaguesAsync(long taskId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT s.id AS staff_id, s.full_name AS name
            FROM service_tasks t
            JOIN service_templates st ON st.id = t.template_id
            JOIN catalog_categories c ON c.id = st.category_id
            JOIN staff_departments sd ON sd.department_id = c.department_id
            JOIN staff s ON s.id = sd.staff_id AND s.blocked_at IS NULL
            WHERE t.id = @TaskId
            ORDER BY s.full_name
            """;
        return [.. await session.QueryAsync<StaffChoice>(sql, new { TaskId = taskId }, cancellationToken)];
    }

    public async Task<StaffTaskPage> PageForStaffAsync(int staffId, DateOnly today, int offset, int limit, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT t.id, t.number, co.name AS company_name, st.title AS service_title, t.status, t.requested_deadline,
                   t.requested_deadline < @Today::date AS overdue, count(*) OVER () AS total
            FROM service_tasks t
            JOIN companies co ON co.id = t.company_id
            JOIN service_templates st ON st.id = t.template_id
            JOIN catalog_categories c ON c.id = st.category_id
            WHERE t.status IN ('review', 'accepted')
              AND (t.assignee_staff_id = @StaffId
                   OR EXISTS (SELECT 1 FROM company_projects p WHERE p.company_id = t.company_id AND p.pm_staff_id = @StaffId)
                   OR EXISTS (SELECT 1 FROM departments d WHERE d.id = c.department_id AND d.head_staff_id = @StaffId))
            ORDER BY t.requested_deadline < @Today::date DESC, t.status = 'accepted', t.requested_deadline, t.id
            OFFSET @Offset LIMIT @Limit
            """;
        var rows = (await session.QueryAsync<Row>(sql, new { StaffId = staffId, Today = today.ToDateTime(TimeOnly.MinValue), Offset = offset, Limit = limit }, cancellationToken)).ToList();
        return new StaffTaskPage(
            [.. rows.Select(row => new StaffTaskSummary(row.Id, row.Number, row.CompanyName, row.ServiceTitle, RequestStatusCodes.Parse(row.Status), row.RequestedDeadline, row.Overdue))],
            rows.Count > 0 ? (int)rows[0].Total : 0);
    }

    private sealed record Row(long Id, int Number, string CompanyName, string ServiceTitle, string Status, DateOnly RequestedDeadline, bool Overdue, long Total);
}
