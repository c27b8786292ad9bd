using Bot.Storage.Connection;

namespace Bot.Storage.Firm;

/// <summary>Blocks a staff member in the scope's <see cref="DbSession"/>: the staff role is gone at once, and
/// every open task of theirs goes, in the same transaction, to the PM of the company's project in the task's
/// department, else the company's main PM, else the department's head — whoever of them is not blocked. The
/// hand-over is in each task's history; the caller tells the successors.</summary>
public sealed class StaffBlocking(DbSession session)
{
    /// <summary>The tasks handed over; null when there is no such login.</summary>
    public async Task<IReadOnlyList<HandedTask>?> BlockAsync(string login, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string block = """
            UPDATE staff SET blocked_at = coalesce(blocked_at, @Now) WHERE login = @Login RETURNING id
            """;
        const string handOver = """
            WITH open AS (
                SELECT t.id,
                       (SELECT s.id FROM staff s
                        WHERE s.blocked_at IS NULL AND s.id IN (p.pm_staff_id, main.pm_staff_id, d.head_staff_id)
                        ORDER BY array_position(ARRAY[p.pm_staff_id, main.pm_staff_id, d.head_staff_id], s.id)
                        LIMIT 1) AS successor_id
                FROM service_tasks t
                JOIN service_templates st ON st.id = t.template_id
                JOIN catalog_categories c ON c.id = st.category_id
                JOIN departments d ON d.id = c.department_id
                LEFT JOIN company_projects p ON p.company_id = t.company_id AND p.department_id = c.department_id
                LEFT JOIN company_projects main ON main.company_id = t.company_id AND main.is_main
                WHERE t.assignee_staff_id = @StaffId AND t.status IN ('review', 'waiting', 'accepted')),
            moved AS (
                UPDATE service_tasks t SET assignee_staff_id = o.successor_id, updated_at = @Now
                FROM open o WHERE t.id = o.id
                RETURNING t.id, t.number, t.company_id, t.assignee_staff_id),
            history AS (
                INSERT INTO task_events (task_id, kind, author_user_id, author_name, body, created_at)
                SELECT m.id, 'reassigned', NULL, b.full_name, coalesce(s.full_name, ''), @Now
                FROM moved m JOIN staff b ON b.id = @StaffId LEFT JOIN staff s ON s.id = m.assignee_staff_id)
            SELECT m.id AS task_id, m.number, co.name AS company_name, b.full_name AS blocked_name,
                   s.telegram_user_id AS successor_user_id, u.language_code AS successor_language
            FROM moved m
            JOIN companies co ON co.id = m.company_id
            JOIN staff b ON b.id = @StaffId
            LEFT JOIN staff s ON s.id = m.assignee_staff_id
            LEFT JOIN telegram_users u ON u.id = s.telegram_user_id
            ORDER BY m.number
            """;
        var staffId = await session.QuerySingleOrDefaultAsync<int?>(block, new { Login = login, Now = now }, cancellationToken);
        return staffId is null
            ? null
            : [.. await session.QueryAsync<HandedTask>(handOver, new { StaffId = staffId, Now = now }, cancellationToken)];
    }
}
