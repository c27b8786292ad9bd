using Bot.Core.Requests;
using Bot.Storage.Connection;

namespace Bot.Storage.Requests;

/// <summary>The task a delivered bot message belongs to (recorded when the outbox delivered it).</summary>
public sealed class TaskThreads(DbSession session) : ITaskThreads
{
    public async Task<long?> TaskOfMessageAsync(long chatId, int messageId, CancellationToken cancellationToken) =>
        await session.QuerySingleOrDefaultAsync<long?>(
            "SELECT task_id FROM task_messages WHERE chat_id = @ChatId AND message_id = @MessageId", new { ChatId = chatId, MessageId = messageId }, cancellationToken);
}
