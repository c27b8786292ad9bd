using Bot.Core.Access;
using Bot.Storage.Access;
using Bot.Storage.Connection;
using Bot.Storage.Conversations;
using Bot.Storage.Outbox;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Inbox;

/// <summary>Updates taken as they arrive, in the scope's <see cref="DbSession"/>: a lone update of a sender this
/// instance remembers in its chat (<see cref="SenderSnapshots"/>, kept by <see cref="InboxClaims.KeepSnapshots"/>)
/// is handled on that snapshot and stored, checked and written in one round trip.</summary>
public sealed class ArrivalClaims(DbSession session, IdentityRepository identities, ConversationRepository conversations, SenderSnapshots snapshots)
{
    /// <summary>The SQLSTATE <c>expect_unchanged</c> raises.</summary>
    private const string Unchanged = "BC001";

    /// <summary>Takes an update just received on what this instance remembers of its sender in its chat, before
    /// anything is read: primes the repositories with that snapshot and defers, ahead of every write the handlers
    /// will defer, one statement that stores the update already handled (one attempt) and refuses the whole
    /// transaction (<see cref="ChangedMeanwhile"/>) unless the update is new and no earlier one of its chat waits;
    /// the chat waits for no reply and its pacing allows those leased (<see cref="ArrivedClaim.NoteLeased"/>); and
    /// the sender's identity and conversation are as remembered. So what commits is what the usual store, claim
    /// and "handled" mark would have led to, in one row version instead of two: the handling must not mark the
    /// update again. Null when the sender is not remembered.</summary>
    public ArrivedClaim? Take(InboxEntry entry, long senderId, DateTimeOffset now, ChatPacing pacing)
    {
        if (entry.ChatId is not { } chatId || !snapshots.TryGet(senderId, chatId, out var snapshot))
        {
            return null;
        }

        const string sql = $$"""
            WITH stored AS (
                INSERT INTO inbox_updates (update_id, chat_id, payload, received_at, next_attempt_at, handled_at, attempts)
                VALUES (@UpdateId, @ChatId, @Payload::jsonb, @Now, @Now, @Now, 1)
                ON CONFLICT (update_id) DO NOTHING
                RETURNING update_id)
            SELECT expect_unchanged(
                EXISTS (SELECT 1 FROM stored)
                AND NOT EXISTS (
                    SELECT 1 FROM inbox_updates e
                    WHERE e.chat_id = @ChatId AND e.update_id < @UpdateId
                      AND e.handled_at IS NULL AND e.parked_at IS NULL)
                AND NOT EXISTS (
                    SELECT 1 FROM outbox_messages o
                    WHERE o.chat_id = @ChatId AND o.sent_at IS NULL AND o.failed_at IS NULL)
                AND (SELECT count(*) FROM outbox_messages s WHERE s.chat_id = @ChatId AND s.sent_at > @Now - @Window) + @Leased <= @Burst
                AND (SELECT {{InboxClaims.SenderFingerprint}}
                     FROM (SELECT {{IdentityRepository.Columns}} FROM (SELECT @UserId::bigint) AS u(user_id) {{IdentityRepository.Joins}}) i
                     LEFT JOIN conversations v ON v.user_id = @UserId AND v.chat_id = @ChatId AND v.flow <> '') = @Fingerprint)
            """;
        var leased = BatchParameter.Of("Leased", 0, NpgsqlDbType.Integer);
        session.Defer(
            new NpgsqlBatchCommand(sql)
            {
                Parameters =
                {
                    BatchParameter.Of("UpdateId", entry.UpdateId, NpgsqlDbType.Bigint),
                    BatchParameter.Of("Payload", entry.Payload, NpgsqlDbType.Text),
                    BatchParameter.Of("ChatId", chatId, NpgsqlDbType.Bigint),
                    BatchParameter.Of("UserId", senderId, NpgsqlDbType.Bigint),
                    BatchParameter.Of("Now", now, NpgsqlDbType.TimestampTz),
                    BatchParameter.Of("Window", chatId < 0 ? pacing.GroupWindow : pacing.ChatWindow, NpgsqlDbType.Interval),
                    BatchParameter.Of("Burst", chatId < 0 ? pacing.GroupBurst : pacing.ChatBurst, NpgsqlDbType.Integer),
                    BatchParameter.Of("Fingerprint", snapshot.Fingerprint, NpgsqlDbType.Text),
                    leased,
                },
            },
            static (_, _) => Task.CompletedTask); // one row, of nothing
        identities.Prime(new Dictionary<long, Identity> { [senderId] = snapshot.Identity });
        conversations.Prime([((senderId, chatId), snapshot.Conversation)]);
        var claimed = new ClaimedUpdate(entry.UpdateId, entry.Payload, 0, now.UtcDateTime, 0, chatId, 0, 0);
        return new ArrivedClaim(claimed, leased);
    }

    /// <summary>Whether a round trip failed because the check of <see cref="Take"/> found what the update
    /// was handled on changed: nothing of its transaction was written, the update's storing included.</summary>
    public static bool ChangedMeanwhile(Exception error) => error is PostgresException { SqlState: Unchanged };

    /// <summary>Forgets a sender whose snapshot no longer holds.</summary>
    public void Forget(long senderId, long chatId) => snapshots.Forget(senderId, chatId);
}
