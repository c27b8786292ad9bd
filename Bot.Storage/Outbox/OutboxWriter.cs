using Bot.Core.Messaging;
using Bot.Storage.Connection;

namespace Bot.Storage.Outbox;

/// <summary>Enqueues replies in the scope's <see cref="DbSession"/>: they are sent only if the change that
/// caused them commits.</summary>
public sealed class OutboxWriter(DbSession session)
{
    public async Task EnqueueAsync(IEnumerable<Outgoing> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO outbox_messages (chat_id, kind, payload, priority, created_at, not_before)
            VALUES (@ChatId, @Kind, @Payload::jsonb, @Priority, @Now, @Now)
            """;
        foreach (var reply in replies)
        {
            var (kind, chatId, priority, payload) = OutgoingJson.ToRow(reply);
            await session.ExecuteAsync(sql, new { ChatId = chatId, Kind = kind, Payload = payload, Priority = priority, Now = now }, cancellationToken);
        }
    }
}
