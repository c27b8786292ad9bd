namespace Bot.Storage.Inbox;

/// <summary>An update as received: its id, the chat it belongs to (if any) and Telegram's JSON.</summary>
public sealed record InboxEntry(long UpdateId, long? ChatId, string Payload);
