using Bot.Core.Agenda;
using Bot.Storage.Connection;

namespace Bot.Storage.Agenda;

public sealed class TaskDeadlineQueries(DbSession session) : ITaskDeadlines
{
    public async Task<IReadOnlyList<TaskDeadline>> OpenAsync(IReadOnlyCollection<int> companyIds, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT t.id AS task_id, t.number, t.company_id, st.title AS service_title, t.requested_deadline AS deadline
            FROM service_tasks t JOIN service_templates st ON st.id = t.template_id
            WHERE t.company_id = ANY(@Ids) AND t.status IN ('review', 'waiting', 'accepted')
              AND t.requested_deadline BETWEEN @First AND @Last
            ORDER BY t.requested_deadline, t.number
            """;
        return [.. await session.QueryAsync<TaskDeadline>(sql, new { Ids = companyIds.ToArray(), First = first, Last = last }, cancellationToken)];
    }
}
