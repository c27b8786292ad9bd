using Bot.Core.Conversations;
using Bot.Storage.Access;
using Bot.Storage.Connection;
using Bot.Storage.Conversations;
using Bot.Storage.Outbox;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Inbox;

/// <summary>The inbox as the handlers see it, in the scope's <see cref="DbSession"/>: a worker claims a batch
/// of due updates, at most one per chat (each chat's oldest, never while an older one of it is in hand), and
/// marks them handled in the handlers' transaction, so the marks and the updates' effects commit together. An
/// update just received from a sender the instance remembers (<see cref="SenderSnapshots"/>, kept by
/// <see cref="KeepSnapshots"/>) can instead be taken on that snapshot (<see cref="ArrivalClaims"/>).</summary>
public sealed class InboxClaims(DbSession session, IdentityRepository identities, ConversationRepository conversations, SenderSnapshots snapshots)
{
    /// <summary>What a claim read of a sender in a chat (i: the identity, v: the conversation), as a digest to
    /// compare later (<see cref="ArrivalClaims"/>).</summary>
    internal const string SenderFingerprint = "md5(row(i.*, v.flow, v.step, v.revision, v.data)::text)";

    // An update may be taken when it is due and no older update of its chat still waits or is in hand.
    private const string Claimable = """
        u.handled_at IS NULL AND u.parked_at IS NULL AND u.next_attempt_at <= @Now
        AND NOT EXISTS (
            SELECT 1 FROM inbox_updates e
            WHERE e.chat_id = u.chat_id AND e.update_id < u.update_id
              AND e.handled_at IS NULL AND e.parked_at IS NULL)
        """;

    // What the chat's outbox holds: the replies it still waits for (by the pending-by-chat index, whatever the
    // planner guesses of a chat's size; counted up to a cap) and those sent within its pacing window.
    private const string ChatOutbox = """
        u.chat_id,
        (SELECT count(*)::int FROM (
             SELECT 1 FROM outbox_messages o
             WHERE o.chat_id = u.chat_id AND o.sent_at IS NULL AND o.failed_at IS NULL
             ORDER BY o.chat_id, o.id
             LIMIT @Cap) backlog) AS pending_replies,
        (SELECT count(*)::int FROM outbox_messages s
         WHERE s.chat_id = u.chat_id
           AND s.sent_at > @Now - CASE WHEN u.chat_id < 0 THEN @GroupWindow ELSE @ChatWindow END) AS recent_sends
        """;

    // The senders the last claim read, for KeepSnapshots; and the session's statement count just after it.
    private List<(long UserId, long ChatId, SenderSnapshot Snapshot)> claimedSenders = [];
    private int claimedAt = -1;

    /// <summary>Locks up to <paramref name="max"/> claimable updates, oldest first; updates other workers
    /// hold are skipped. Only each chat's oldest unhandled update is a candidate, found by a skip scan over the
    /// chats (one index probe per chat with work waiting), so one chat's backlog of any size costs a claim
    /// nothing. Each comes with how many replies its chat still waits for (counted up to
    /// <paramref name="replyBacklogCap"/>) and how many it was sent within its <paramref name="pacing"/> window.
    /// The same statement reads what handling asks first of every update — who sent it and the conversation
    /// they are in — and primes the repositories with it: one round trip for the lot, shared with the writes
    /// the session has deferred or commits ahead of it (the updates just received: <see cref="InboxWriter.StoreAhead"/>).</summary>
    public async Task<IReadOnlyList<ClaimedUpdate>> ClaimDueAsync(int max, DateTimeOffset now, int replyBacklogCap, ChatPacing pacing, CancellationToken cancellationToken)
    {
        const string sql = $$"""
            WITH RECURSIVE heads AS (
                (SELECT chat_id, update_id FROM inbox_updates
                 WHERE handled_at IS NULL AND parked_at IS NULL AND chat_id IS NOT NULL
                 ORDER BY chat_id, update_id LIMIT 1)
                UNION ALL
                SELECT next.chat_id, next.update_id
                FROM heads h
                CROSS JOIN LATERAL (
                    SELECT chat_id, update_id FROM inbox_updates
                    WHERE handled_at IS NULL AND parked_at IS NULL AND chat_id > h.chat_id
                    ORDER BY chat_id, update_id LIMIT 1) next),
            claimed AS (
                SELECT u.update_id, u.payload, u.attempts, u.received_at, u.transient_failures,
                       {{ChatOutbox}},
                       coalesce(u.payload #>> '{message,from,id}', u.payload #>> '{callback_query,from,id}')::bigint AS sender_id
                FROM inbox_updates u
                WHERE u.update_id IN (
                        SELECT update_id FROM heads
                        UNION ALL
                        SELECT update_id FROM inbox_updates WHERE chat_id IS NULL AND handled_at IS NULL AND parked_at IS NULL)
                  AND u.handled_at IS NULL AND u.parked_at IS NULL AND u.next_attempt_at <= @Now
                ORDER BY u.update_id
                LIMIT @Max
                FOR UPDATE OF u SKIP LOCKED)
            SELECT c.update_id, c.payload::text AS payload, c.attempts, c.received_at, c.transient_failures, c.chat_id,
                   c.pending_replies, c.recent_sends, i.*, v.flow, v.step, v.revision, v.data::text AS data,
                   {{SenderFingerprint}} AS fingerprint
            FROM claimed c
            LEFT JOIN LATERAL (
                SELECT {{IdentityRepository.Columns}}
                FROM (SELECT c.sender_id) AS u(user_id)
                {{IdentityRepository.Joins}}) i ON c.sender_id IS NOT NULL
            LEFT JOIN conversations v ON v.user_id = c.sender_id AND v.chat_id = c.chat_id AND v.flow <> ''
            ORDER BY c.update_id
            """;
        var rows = await session.QueryAsync<ClaimRow>(
            new NpgsqlBatchCommand(sql)
            {
                Parameters =
                {
                    BatchParameter.Of("Max", max, NpgsqlDbType.Integer),
                    BatchParameter.Of("Now", now, NpgsqlDbType.TimestampTz),
                    BatchParameter.Of("Cap", replyBacklogCap, NpgsqlDbType.Integer),
                    BatchParameter.Of("ChatWindow", pacing.ChatWindow, NpgsqlDbType.Interval),
                    BatchParameter.Of("GroupWindow", pacing.GroupWindow, NpgsqlDbType.Interval),
                },
            },
            cancellationToken);
        var senders = rows.Where(row => row.UserId != 0).ToList();
        var known = identities.Prime(senders);
        conversations.Prime(senders.Where(row => row.ChatId is not null).Select(row => ((row.UserId, row.ChatId!.Value), row.Conversation)));
        claimedSenders = [.. senders.Where(row => row.ChatId is not null)
            .Select(row => (row.UserId, row.ChatId!.Value, new SenderSnapshot(known[row.UserId], row.Conversation, row.Fingerprint)))];
        claimedAt = session.Statements;
        return [.. rows.Select(row => row.Claimed)];
    }

    /// <summary>After the commit of a batch claimed by <see cref="ClaimDueAsync"/>: remembers its senders as the
    /// claim read them when handling ran no statement after it (so it changed none of it), and forgets them
    /// otherwise. A sender in the middle of a conversation is not remembered either: each step of it saves the
    /// conversation, a statement of its own, so handling it on a snapshot would only be tried in vain.</summary>
    public void KeepSnapshots()
    {
        var unchanged = session.Statements == claimedAt;
        foreach (var (userId, chatId, snapshot) in claimedSenders)
        {
            if (unchanged && snapshot.Conversation is null)
            {
                snapshots.Remember(userId, chatId, snapshot);
            }
            else
            {
                snapshots.Forget(userId, chatId);
            }
        }
    }

    /// <summary>Locks one given update if it is still claimable (to retry a failed batch one update at a
    /// time); null when it was handled meanwhile or another worker holds it.</summary>
    public async Task<ClaimedUpdate?> ClaimAsync(long updateId, DateTimeOffset now, int replyBacklogCap, ChatPacing pacing, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT u.update_id, u.payload::text AS payload, u.attempts, u.received_at, u.transient_failures,
                   {ChatOutbox}
            FROM inbox_updates u
            WHERE u.update_id = @UpdateId AND {Claimable}
            FOR UPDATE OF u SKIP LOCKED
            """;
        return await session.QuerySingleOrDefaultAsync<ClaimedUpdate>(sql, new { UpdateId = updateId, Now = now, Cap = replyBacklogCap, pacing.ChatWindow, pacing.GroupWindow }, cancellationToken);
    }

    /// <summary>Marks the updates handled with the session's commit (deferred: nothing waits for it). One update —
    /// the usual batch below saturation — is marked by its key: PostgreSQL keeps that statement's plan, whereas
    /// one with an array it plans afresh every time, its estimate depending on the array's length.</summary>
    public void MarkHandled(IReadOnlyCollection<long> updateIds, DateTimeOffset now)
    {
        const string one = "UPDATE inbox_updates SET handled_at = @Now, attempts = attempts + 1 WHERE update_id = @UpdateId";
        const string many = "UPDATE inbox_updates SET handled_at = @Now, attempts = attempts + 1 WHERE update_id = ANY(@UpdateIds)";
        session.Defer(new NpgsqlBatchCommand(updateIds.Count == 1 ? one : many)
        {
            Parameters =
            {
                updateIds.Count == 1
                    ? BatchParameter.Of("UpdateId", updateIds.Single(), NpgsqlDbType.Bigint)
                    : BatchParameter.Of("UpdateIds", updateIds.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint),
                BatchParameter.Of("Now", now, NpgsqlDbType.TimestampTz),
            },
        });
    }

    /// <summary>Records a failure: the update is tried again at <paramref name="retryAt"/>, or parked when null.
    /// A transient failure (<paramref name="countAttempt"/> false) does not spend one of the update's attempts.</summary>
    public Task RecordFailureAsync(long updateId, string error, DateTimeOffset now, DateTimeOffset? retryAt, bool countAttempt, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE inbox_updates
            SET attempts = attempts + CASE WHEN @CountAttempt THEN 1 ELSE 0 END,
                transient_failures = transient_failures + CASE WHEN @CountAttempt THEN 0 ELSE 1 END,
                last_error = @Error,
                next_attempt_at = coalesce(@RetryAt, next_attempt_at),
                parked_at = CASE WHEN @RetryAt IS NULL THEN @Now END
            WHERE update_id = @UpdateId
            """;
        return session.ExecuteAsync(sql, new { UpdateId = updateId, Error = error, Now = now, RetryAt = retryAt, CountAttempt = countAttempt }, cancellationToken);
    }

    /// <summary>A claimed update with its sender's identity (inherited) and conversation, as one row.</summary>
    private sealed class ClaimRow : IdentityRepository.IdentityRow
    {
        public long UpdateId { get; init; }

        public string Payload { get; init; } = "";

        public int Attempts { get; init; }

        public DateTime ReceivedAt { get; init; }

        public int TransientFailures { get; init; }

        public long? ChatId { get; init; }

        public int PendingReplies { get; init; }

        public int RecentSends { get; init; }

        public string? Flow { get; init; }

        public string? Step { get; init; }

        public int? Revision { get; init; }

        public string? Data { get; init; }

        public string Fingerprint { get; init; } = "";

        public ClaimedUpdate Claimed => new(UpdateId, Payload, Attempts, ReceivedAt, TransientFailures, ChatId, PendingReplies, RecentSends);

        public ConversationState? Conversation => Flow is null ? null : new(Flow, Step!, Revision!.Value, Data!);
    }
}
