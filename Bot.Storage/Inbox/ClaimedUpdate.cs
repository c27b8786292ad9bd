namespace Bot.Storage.Inbox;

/// <summary>An update locked for handling in the claiming session's transaction. Npgsql reads timestamptz
/// as a UTC <see cref="DateTime"/>.</summary>
public sealed record ClaimedUpdate(long UpdateId, string Payload, int Attempts, DateTime ReceivedAt);
