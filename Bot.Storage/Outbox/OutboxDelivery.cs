using Dapper;
using Npgsql;

namespace Bot.Storage.Outbox;

/// <summary>The outbox as senders see it: they lease due rows — for each chat only its oldest pending
/// message (found by a skip scan over the chats, so one chat's backlog of any size costs a lease nothing), and only while the chat's recent sends are within its <see cref="ChatPacing"/>, so a chat's
/// messages go out in order and at Telegram's pace whichever instance sends them; button answers skip the
/// queue — and record the outcome. A lease that runs out (its sender died) makes the row due again.</summary>
public sealed class OutboxDelivery(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<OutboxItem>> LeaseDueAsync(int max, DateTimeOffset now, TimeSpan lease, ChatPacing pacing, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH RECURSIVE heads AS (
                (SELECT chat_id, id FROM outbox_messages
                 WHERE sent_at IS NULL AND failed_at IS NULL AND chat_id IS NOT NULL
                 ORDER BY chat_id, id LIMIT 1)
                UNION ALL
                SELECT next.chat_id, next.id
                FROM heads h
                CROSS JOIN LATERAL (
                    SELECT chat_id, id FROM outbox_messages
                    WHERE sent_at IS NULL AND failed_at IS NULL AND chat_id > h.chat_id
                    ORDER BY chat_id, id LIMIT 1) next),
            due AS (
                SELECT o.id
                FROM outbox_messages o
                WHERE o.id IN (
                        SELECT id FROM heads
                        UNION ALL
                        (SELECT id FROM outbox_messages
                         WHERE chat_id IS NULL AND sent_at IS NULL AND failed_at IS NULL AND not_before <= @Now
                         ORDER BY chat_id, id LIMIT @Max * 4)) -- button answers, by the pending-by-chat index
                  AND o.sent_at IS NULL AND o.failed_at IS NULL AND o.not_before <= @Now
                  AND (o.leased_until IS NULL OR o.leased_until < @Now)
                  AND (o.chat_id IS NULL OR (
                      SELECT count(*) FROM outbox_messages s
                      WHERE s.chat_id = o.chat_id AND s.sent_at > @Now - CASE WHEN o.chat_id < 0 THEN @GroupWindow ELSE @ChatWindow END
                  ) < CASE WHEN o.chat_id < 0 THEN @GroupBurst ELSE @ChatBurst END)
                ORDER BY o.priority, o.id
                LIMIT @Max
                FOR UPDATE OF o SKIP LOCKED)
            UPDATE outbox_messages o SET leased_until = @LeasedUntil
            FROM due WHERE o.id = due.id
            RETURNING o.id, o.chat_id, o.kind, o.payload::text AS payload, o.attempts, o.priority, o.created_at
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<LeasedRow>(new CommandDefinition(sql, new { Max = max, Now = now, LeasedUntil = now + lease, pacing.ChatBurst, pacing.ChatWindow, pacing.GroupBurst, pacing.GroupWindow }, cancellationToken: cancellationToken));
        return rows.OrderBy(row => row.Priority).ThenBy(row => row.Id).Select(Item).ToList();
    }

    private static OutboxItem Item(LeasedRow row)
    {
        try
        {
            return new OutboxItem(row.Id, row.ChatId, OutgoingJson.FromRow(row.Kind, row.ChatId, row.Payload), row.Attempts, row.CreatedAt);
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            return new OutboxItem(row.Id, row.ChatId, null, row.Attempts, row.CreatedAt, $"{error.GetType().Name}: {error.Message}");
        }
    }

    // Marking rows sent: the rows s(id, message_id) go between these two parts (see MarkSentAsync).
    private const string MarkSentHead = """
        WITH sent AS (
            UPDATE outbox_messages o
            SET sent_at = @Now, attempts = o.attempts + 1, leased_until = NULL, telegram_message_id = s.message_id
            FROM
        """;

    private const string MarkSentTail = """
            AS s(id, message_id)
            WHERE o.id = s.id
            RETURNING o.chat_id, o.telegram_message_id, o.payload ->> 'taskId' AS task_id, o.payload ->> 'chatEntryId' AS chat_entry_id),
        tasks AS (
            INSERT INTO task_messages (chat_id, message_id, task_id)
            SELECT chat_id, telegram_message_id, task_id::bigint FROM sent
            WHERE task_id IS NOT NULL AND telegram_message_id IS NOT NULL AND chat_id IS NOT NULL
            ON CONFLICT DO NOTHING)
        INSERT INTO chat_entry_messages (chat_id, message_id, chat_entry_id)
        SELECT chat_id, telegram_message_id, chat_entry_id::bigint FROM sent
        WHERE chat_entry_id IS NOT NULL AND telegram_message_id IS NOT NULL AND chat_id IS NOT NULL
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Marks delivered rows in one statement (a sender finishes its rows together), and notes which
    /// task or conversation entry each delivered message carries, so that a reply to it comments on the task or
    /// answers the entry. One row — a reply handed off alone, the usual case — is given as plain values:
    /// PostgreSQL keeps that statement's plan, whereas one with arrays it plans afresh every time.</summary>
    public Task MarkSentAsync(IReadOnlyList<(long Id, int? TelegramMessageId)> sent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string one = $"{MarkSentHead} (SELECT @Id::bigint, @MessageId::int) {MarkSentTail}";
        const string many = $"{MarkSentHead} unnest(@Ids, @MessageIds) {MarkSentTail}";
        return sent.Count switch
        {
            0 => Task.CompletedTask,
            1 => ExecuteAsync(one, new { sent[0].Id, MessageId = sent[0].TelegramMessageId, Now = now }, cancellationToken),
            _ => ExecuteAsync(many, new { Ids = sent.Select(row => row.Id).ToArray(), MessageIds = sent.Select(row => row.TelegramMessageId).ToArray(), Now = now }, cancellationToken),
        };
    }

    /// <summary>Ends the lease of rows taken but not sent, so that any sender may take them now, in order.</summary>
    public Task ReleaseAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox_messages SET leased_until = NULL WHERE id = ANY(@Ids) AND sent_at IS NULL AND failed_at IS NULL",
            new { Ids = ids.ToArray() },
            cancellationToken);

    /// <summary>Puts a row back for later: after a 429 or a transient failure (counted as an attempt), or
    /// when the local flood budget says wait (not counted).</summary>
    public Task DeferAsync(long id, DateTimeOffset notBefore, string? error, bool countAttempt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE outbox_messages
            SET not_before = @NotBefore, leased_until = NULL, last_error = coalesce(@Error, last_error),
                attempts = attempts + CASE WHEN @CountAttempt THEN 1 ELSE 0 END
            WHERE id = @Id
            """,
            new { Id = id, NotBefore = notBefore, Error = error, CountAttempt = countAttempt },
            cancellationToken);

    /// <summary>Ends a row for good, keeping its error (such rows are never purged: an operator can read and
    /// retry them). When <paramref name="notice"/> is given, the chat is told in the same statement, in its
    /// user's language.</summary>
    public Task MarkFailedAsync(long id, string error, DateTimeOffset now, FailureNotice? notice, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            WITH failed AS (
                UPDATE outbox_messages SET failed_at = @Now, attempts = attempts + 1, leased_until = NULL, last_error = @Error
                WHERE id = @Id AND sent_at IS NULL
                RETURNING chat_id)
            INSERT INTO outbox_messages (chat_id, kind, payload, priority, created_at, not_before)
            SELECT f.chat_id, @Kind, jsonb_build_object('html',
                       CASE WHEN u.language_code ILIKE 'en%' THEN @English ELSE @Russian END),
                   1, @Now, @Now
            FROM failed f LEFT JOIN telegram_users u ON u.id = f.chat_id
            WHERE @Russian IS NOT NULL AND f.chat_id IS NOT NULL
            """,
            new { Id = id, Now = now, Error = error, Kind = OutboxKind.SendText, notice?.Russian, notice?.English },
            cancellationToken);

    /// <summary>How many rows wait to be sent, how long the oldest has waited, and how many ended undelivered
    /// (for the metrics).</summary>
    public async Task<(int Depth, TimeSpan OldestAge, int Failed)> MeasureAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT count(*)::int AS depth, min(created_at) AS oldest,
                   (SELECT count(*)::int FROM outbox_messages WHERE failed_at IS NOT NULL) AS failed
            FROM outbox_messages
            WHERE sent_at IS NULL AND failed_at IS NULL
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<MeasureRow>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return (row.Depth, row.Oldest is { } oldest ? now - oldest : TimeSpan.Zero, row.Failed);
    }

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private sealed class LeasedRow
    {
        public long Id { get; init; }

        public long? ChatId { get; init; }

        public string Kind { get; init; } = "";

        public string Payload { get; init; } = "";

        public int Attempts { get; init; }

        public short Priority { get; init; }

        public DateTimeOffset CreatedAt { get; init; }
    }

    private sealed class MeasureRow
    {
        public int Depth { get; init; }

        public DateTimeOffset? Oldest { get; init; }

        public int Failed { get; init; }
    }
}
