namespace Bot.Storage.Inbox;

/// <summary>An update locked for handling in the claiming session's transaction. Npgsql reads timestamptz
/// as a UTC <see cref="DateTime"/>. <see cref="TransientFailures"/> counts the failures that did not spend an
/// attempt (Telegram or the network failing while it was handled); <see cref="PendingReplies"/> the replies its
/// chat still waits for, counted up to a cap, and <see cref="RecentSends"/> the messages it was sent within its
/// pacing window (none for an update without a chat).</summary>
public sealed record ClaimedUpdate(long UpdateId, string Payload, int Attempts, DateTime ReceivedAt, int TransientFailures, long? ChatId, int PendingReplies, int RecentSends);
