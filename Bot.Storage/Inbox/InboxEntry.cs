using Bot.Core.Messaging;

namespace Bot.Storage.Inbox;

/// <summary>An update as received: its id, the chat it belongs to (if any) and Telegram's JSON. A throttled
/// update (its user sent faster than the intake allows) is stored already handled, with <see cref="Notice"/>
/// (if any) queued to tell the user.</summary>
public sealed record InboxEntry(long UpdateId, long? ChatId, string Payload, bool Throttled = false, Outgoing? Notice = null);
