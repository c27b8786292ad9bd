using Bot.Core.Access;
using Bot.Storage.Access;
using Bot.Storage.Connection;
using Bot.Storage.Conversations;
using Bot.Storage.Outbox;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Inbox;

/// <summary>Updates taken as they arrive, in the scope's <see cref="DbSession"/>: updates of senders this instance
/// remembers in their chats (<see cref="SenderSnapshots"/>, kept by <see cref="InboxClaims.KeepSnapshots"/>) are
/// handled on those snapshots and stored, checked and written in one round trip.</summary>
public sealed class ArrivalClaims(DbSession session, IdentityRepository identities, ConversationRepository conversations, SenderSnapshots snapshots)
{
    /// <summary>The SQLSTATE <c>expect_unchanged</c> raises.</summary>
    private const string Unchanged = "BC001";

    /// <summary>Takes updates just received, of different chats, on what this instance remembers of their senders,
    /// before anything is read: primes the repositories with those snapshots and defers, ahead of every write the
    /// handlers will defer, one statement per update that stores it already handled (one attempt) and refuses the
    /// whole transaction (<see cref="ChangedMeanwhile"/>) unless the update is new and no earlier one of its chat
    /// waits; the chat waits for no reply and its pacing allows those leased (<see cref="ArrivedClaim.NoteLeased"/>);
    /// and the sender's identity and conversation are as remembered. So what commits is what the usual store, claim
    /// and "handled" marks would have led to, in one row version per update instead of two: the handling must not
    /// mark them again. Null when a sender is not remembered in its chat, or a chat comes twice.</summary>
    public IReadOnlyList<ArrivedClaim>? Take(IReadOnlyList<(InboxEntry Entry, long SenderId)> arrivals, DateTimeOffset now, ChatPacing pacing)
    {
        var known = new List<(InboxEntry Entry, long SenderId, long ChatId, SenderSnapshot Snapshot)>(arrivals.Count);
        foreach (var (entry, senderId) in arrivals)
        {
            if (entry.ChatId is not { } chatId || known.Any(taken => taken.ChatId == chatId) || !snapshots.TryGet(senderId, chatId, out var snapshot))
            {
                return null;
            }

            known.Add((entry, senderId, chatId, snapshot));
        }

        var claims = known.Select(taken => Check(taken.Entry, taken.SenderId, taken.ChatId, taken.Snapshot.Fingerprint, now, pacing)).ToList();
        var identitiesKnown = new Dictionary<long, Identity>();
        foreach (var taken in known)
        {
            identitiesKnown[taken.SenderId] = taken.Snapshot.Identity; // one sender may write in two chats: each check holds its own
        }

        identities.Prime(identitiesKnown);
        conversations.Prime(known.Select(taken => ((taken.SenderId, taken.ChatId), taken.Snapshot.Conversation)));
        return claims;
    }

    /// <summary>Whether a round trip failed because a check of <see cref="Take"/> found what an update was handled
    /// on changed: nothing of its transaction was written, the updates' storing included.</summary>
    public static bool ChangedMeanwhile(Exception error) => error is PostgresException { SqlState: Unchanged };

    /// <summary>Forgets a sender whose snapshot may no longer hold.</summary>
    public void Forget(long senderId, long chatId) => snapshots.Forget(senderId, chatId);

    /// <summary>Defers one update's storing and check (<see cref="Take"/>).</summary>
    private ArrivedClaim Check(InboxEntry entry, long senderId, long chatId, string fingerprint, DateTimeOffset now, ChatPacing pacing)
    {
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
                    BatchParameter.Of("Fingerprint", fingerprint, NpgsqlDbType.Text),
                    leased,
                },
            },
            static (_, _) => Task.CompletedTask); // one row, of nothing
        var claimed = new ClaimedUpdate(entry.UpdateId, entry.Payload, 0, now.UtcDateTime, 0, chatId, 0, 0);
        return new ArrivedClaim(claimed, leased);
    }
}
