using Bot.Storage.Connection;

namespace Bot.Storage.Inbox;

/// <summary>The inbox as the handlers see it, in the scope's <see cref="DbSession"/>: updates are claimed one
/// at a time per chat (oldest first, never two of one chat at once) and marked handled in the handler's
/// transaction, so the mark and the update's effects commit together.</summary>
public sealed class InboxClaims(DbSession session)
{
    /// <summary>Locks the oldest due update whose chat has nothing older still waiting; null when there is none.</summary>
    public async Task<ClaimedUpdate?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT u.update_id, u.payload::text AS payload, u.attempts, u.received_at
            FROM inbox_updates u
            WHERE u.handled_at IS NULL AND u.parked_at IS NULL AND u.next_attempt_at <= @Now
              AND NOT EXISTS (
                  SELECT 1 FROM inbox_updates e
                  WHERE e.chat_id = u.chat_id AND e.update_id < u.update_id
                    AND e.handled_at IS NULL AND e.parked_at IS NULL)
            ORDER BY u.update_id
            LIMIT 1
            FOR UPDATE OF u SKIP LOCKED
            """;
        return await session.QuerySingleOrDefaultAsync<ClaimedUpdate>(sql, new { Now = now }, cancellationToken);
    }

    public Task MarkHandledAsync(long updateId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE inbox_updates SET handled_at = @Now, attempts = attempts + 1 WHERE update_id = @UpdateId";
        return session.ExecuteAsync(sql, new { UpdateId = updateId, Now = now }, cancellationToken);
    }

    /// <summary>Records a failed attempt: the update is tried again at <paramref name="retryAt"/>, or parked when null.</summary>
    public Task RecordFailureAsync(long updateId, string error, DateTimeOffset now, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE inbox_updates
            SET attempts = attempts + 1, last_error = @Error,
                next_attempt_at = coalesce(@RetryAt, next_attempt_at),
                parked_at = CASE WHEN @RetryAt IS NULL THEN @Now END
            WHERE update_id = @UpdateId
            """;
        return session.ExecuteAsync(sql, new { UpdateId = updateId, Error = error, Now = now, RetryAt = retryAt }, cancellationToken);
    }
}
