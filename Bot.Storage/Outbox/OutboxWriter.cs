using Bot.Core.Messaging;
using Bot.Storage.Connection;
using Dapper;
using Npgsql;
using NpgsqlTypes;

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

    /// <summary>Enqueues the replies with the session's commit, in the same round trip. The rows for which
    /// <paramref name="handOff"/> says yes (given the row's chat; none for a button answer) are leased until
    /// <paramref name="leasedUntil"/>, for this instance to send straight after the commit without leasing them
    /// again; the commit adds them to <paramref name="leased"/>, in order.</summary>
    public void EnqueueWithCommit(IReadOnlyList<Outgoing> replies, DateTimeOffset now, Func<long?, bool> handOff, DateTimeOffset leasedUntil, List<OutboxItem> leased)
    {
        const string sql = """
            INSERT INTO outbox_messages (chat_id, kind, payload, priority, created_at, not_before, leased_until)
            SELECT r.chat_id, r.kind, r.payload::jsonb, r.priority, @Now, @Now, CASE WHEN r.hand_off THEN @LeasedUntil END
            FROM unnest(@ChatIds, @Kinds, @Payloads, @Priorities, @HandOff) WITH ORDINALITY AS r(chat_id, kind, payload, priority, hand_off, position)
            ORDER BY r.position
            RETURNING id
            """;
        if (replies.Count == 0)
        {
            return;
        }

        var rows = replies.Select(OutgoingJson.ToRow).ToList();
        var handedOff = rows.Select(row => handOff(row.ChatId)).ToArray();
        session.Defer(
            new NpgsqlBatchCommand(sql)
            {
                Parameters =
                {
                    BatchParameter.Of("ChatIds", rows.Select(row => row.ChatId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint),
                    BatchParameter.Of("Kinds", rows.Select(row => row.Kind).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                    BatchParameter.Of("Payloads", rows.Select(row => row.Payload).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                    BatchParameter.Of("Priorities", rows.Select(row => row.Priority).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Smallint),
                    BatchParameter.Of("HandOff", handedOff, NpgsqlDbType.Array | NpgsqlDbType.Boolean),
                    BatchParameter.Of("Now", now, NpgsqlDbType.TimestampTz),
                    BatchParameter.Of("LeasedUntil", leasedUntil, NpgsqlDbType.TimestampTz),
                },
            },
            async (reader, cancellationToken) =>
            {
                // Ids follow the insertion order, which is the replies' order.
                var ids = new List<long>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetInt64(0));
                }

                ids.Sort();
                for (var i = 0; i < ids.Count; i++)
                {
                    if (handedOff[i])
                    {
                        leased.Add(new OutboxItem(ids[i], rows[i].ChatId, replies[i], 0, now));
                    }
                }
            });
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
