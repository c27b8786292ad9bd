namespace Bot.Storage.Inbox;

/// <summary>An update locked for handling in the claiming session's transaction.</summary>
public sealed record ClaimedUpdate(long UpdateId, string Payload, int Attempts);
