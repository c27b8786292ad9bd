using Bot.Core.Messaging;
using Bot.Storage.Connection;
using Dapper;
using Npgsql;

namespace Bot.Storage.Outbox;

/// <summary>Enqueues replies in the scope's <see cref="DbSession"/>: they are sent only if the change that
/// caused them commits. All of one change's replies go in one statement, in their order.</summary>
public sealed class OutboxWriter(DbSession session)
{
    private const string Insert = """
        INSERT INTO outbox_messages (chat_id, kind, payload, priority, created_at, not_before)
        SELECT r.chat_id, r.kind, r.payload::jsonb, r.priority, @Now, @Now
        FROM unnest(@ChatIds, @Kinds, @Payloads, @Priorities) WITH ORDINALITY AS r(chat_id, kind, payload, priority, position)
        ORDER BY r.position
        """;

    public async Task EnqueueAsync(IEnumerable<Outgoing> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = replies.Select(OutgoingJson.ToRow).ToList();
        if (rows.Count > 0)
        {
            await session.ExecuteAsync(Insert, Parameters(rows, now), cancellationToken);
        }
    }

    /// <summary>The same, on a connection and transaction of the caller's own (the intake's).</summary>
    internal static Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<Outgoing> replies, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, Parameters([.. replies.Select(OutgoingJson.ToRow)], now), transaction, cancellationToken: cancellationToken));

    private static object Parameters(List<(string Kind, long? ChatId, short Priority, string Payload)> rows, DateTimeOffset now) => new
    {
        ChatIds = rows.Select(row => row.ChatId).ToArray(),
        Kinds = rows.Select(row => row.Kind).ToArray(),
        Payloads = rows.Select(row => row.Payload).ToArray(),
        Priorities = rows.Select(row => row.Priority).ToArray(),
        Now = now,
    };
}
