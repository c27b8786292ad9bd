using Bot.Core.Requests;
using Bot.Storage.Connection;

namespace Bot.Storage.Requests;

/// <summary>Comments in a task's history, with their files (only files this author uploaded for the task's company).</summary>
public sealed class TaskComments(DbSession session) : ITaskComments
{
    public async Task AddAsync(long taskId, long authorUserId, string authorName, string text, IReadOnlyList<long> fileIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH comment AS (
                INSERT INTO task_events (task_id, kind, author_user_id, author_name, body, created_at)
                VALUES (@TaskId, 'comment', @AuthorUserId,
                        coalesce((SELECT full_name FROM client_employees WHERE telegram_user_id = @AuthorUserId),
                                 (SELECT full_name FROM staff WHERE telegram_user_id = @AuthorUserId), @AuthorName),
                        @Text, @Now)
                RETURNING id, task_id
            )
            INSERT INTO task_files (task_id, stored_file_id, event_id)
            SELECT comment.task_id, f.id, comment.id
            FROM comment
            JOIN service_tasks t ON t.id = comment.task_id
            JOIN stored_files f ON f.id = ANY(@FileIds) AND f.uploaded_by = @AuthorUserId AND f.company_id = t.company_id
            ON CONFLICT DO NOTHING
            """;
        await session.ExecuteAsync(sql, new { TaskId = taskId, AuthorUserId = authorUserId, AuthorName = authorName, Text = text, FileIds = fileIds.ToArray(), Now = now }, cancellationToken);
    }
}
