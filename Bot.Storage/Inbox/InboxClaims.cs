using Bot.Storage.Connection;

namespace Bot.Storage.Inbox;

/// <summary>The inbox as the handlers see it, in the scope's <see cref="DbSession"/>: a worker claims a batch
/// of due updates, at most one per chat (each chat's oldest, never while an older one of it is in hand), and
/// marks them handled in the handlers' transaction, so the marks and the updates' effects commit together.</summary>
public sealed class InboxClaims(DbSession session)
{
    // An update may be taken when it is due and no older update of its chat still waits or is in hand.
    private const string Claimable = """
        u.handled_at IS NULL AND u.parked_at IS NULL AND u.next_attempt_at <= @Now
        AND NOT EXISTS (
            SELECT 1 FROM inbox_updates e
            WHERE e.chat_id = u.chat_id AND e.update_id < u.update_id
              AND e.handled_at IS NULL AND e.parked_at IS NULL)
        """;

    /// <summary>Locks up to <paramref name="max"/> claimable updates, oldest first; updates other workers
    /// hold are skipped. Only each chat's oldest unhandled update is a candidate, found by a skip scan over the
    /// chats (one index probe per chat with work waiting), so one chat's backlog of any size costs a claim
    /// nothing. Each comes with how many replies its chat still waits for (counted up to
    /// <paramref name="replyBacklogCap"/>).</summary>
    public async Task<IReadOnlyList<ClaimedUpdate>> ClaimDueAsync(int max, DateTimeOffset now, int replyBacklogCap, CancellationToken cancellationToken)
    {
        const string sql = """
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
                    ORDER BY chat_id, update_id LIMIT 1) next)
            SELECT u.update_id, u.payload::text AS payload, u.attempts, u.received_at, u.transient_failures,
                   (SELECT count(*)::int FROM (
                        SELECT 1 FROM outbox_messages o
                        WHERE o.chat_id = u.chat_id AND o.sent_at IS NULL AND o.failed_at IS NULL
                        ORDER BY o.chat_id, o.id -- the pending-by-chat index, whatever the planner guesses of a chat's size
                        LIMIT @Cap) backlog) AS pending_replies
            FROM inbox_updates u
            WHERE u.update_id IN (
                    SELECT update_id FROM heads
                    UNION ALL
                    SELECT update_id FROM inbox_updates WHERE chat_id IS NULL AND handled_at IS NULL AND parked_at IS NULL)
              AND u.handled_at IS NULL AND u.parked_at IS NULL AND u.next_attempt_at <= @Now
            ORDER BY u.update_id
            LIMIT @Max
            FOR UPDATE OF u SKIP LOCKED
            """;
        return [.. await session.QueryAsync<ClaimedUpdate>(sql, new { Max = max, Now = now, Cap = replyBacklogCap }, cancellationToken)];
    }

    /// <summary>Locks one given update if it is still claimable (to retry a failed batch one update at a
    /// time); null when it was handled meanwhile or another worker holds it.</summary>
    public async Task<ClaimedUpdate?> ClaimAsync(long updateId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT u.update_id, u.payload::text AS payload, u.attempts, u.received_at, u.transient_failures, 0 AS pending_replies
            FROM inbox_updates u
            WHERE u.update_id = @UpdateId AND {Claimable}
            FOR UPDATE OF u SKIP LOCKED
            """;
        return await session.QuerySingleOrDefaultAsync<ClaimedUpdate>(sql, new { UpdateId = updateId, Now = now }, cancellationToken);
    }

    public Task MarkHandledAsync(IReadOnlyCollection<long> updateIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE inbox_updates SET handled_at = @Now, attempts = attempts + 1 WHERE update_id = ANY(@UpdateIds)";
        return session.ExecuteAsync(sql, new { UpdateIds = updateIds.ToArray(), Now = now }, cancellationToken);
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
}
