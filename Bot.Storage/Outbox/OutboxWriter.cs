using Bot.Core.Messaging;
using Bot.Storage.Connection;

namespace Bot.Storage.Outbox;

/// <summary>Enqueues replies in the scope's <see cref="DbSession"/>: they are sent only if the change that
/// caused them commits. All of one change's replies go in one statement, in their order.</summary>
public sealed class OutboxWriter(DbSession session)
{
    public async Task EnqueueAsync(IEnumerable<Outgoing> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO outbox_messages (chat_id, kind, payload, priority, created_at, not_before)
            SELECT r.chat_id, r.kind, r.payload::jsonb, r.priority, @Now, @Now
            FROM unnest(@ChatIds, @Kinds, @Payloads, @Priorities) WITH ORDINALITY AS r(chat_id, kind, payload, priority, position)
            ORDER BY r.position
            """;
        var rows = replies.Select(OutgoingJson.ToRow).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await session.ExecuteAsync(sql, new
        {
            ChatIds = rows.Select(row => row.ChatId).ToArray(),
            Kinds = rows.Select(row => row.Kind).ToArray(),
            Payloads = rows.Select(row => row.Payload).ToArray(),
            Priorities = rows.Select(row => row.Priority).ToArray(),
            Now = now,
        }, cancellationToken);
    }
}
