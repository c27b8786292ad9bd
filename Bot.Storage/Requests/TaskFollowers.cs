using Bot.Core.Requests;
using Bot.Storage.Connection;

namespace Bot.Storage.Requests;

public sealed class TaskFollowers(DbSession session) : ITaskFollowers
{
    public async Task<bool> SetAsync(long taskId, long userId, bool follow, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            follow
                ? "INSERT INTO task_followers (task_id, user_id, since) VALUES (@TaskId, @UserId, @Now) ON CONFLICT DO NOTHING"
                : "DELETE FROM task_followers WHERE task_id = @TaskId AND user_id = @UserId",
            new { TaskId = taskId, UserId = userId, Now = now }, cancellationToken) == 1;
}
