namespace Bot.Core.Messaging;

/// <summary>A new message in a chat, optionally with inline buttons under it. A message about a task names it
/// (<see cref="TaskId"/>), so that a reply to the message comments on the task.</summary>
public sealed record SendText(long ChatId, string Html, Keyboard? Keyboard = null, long? TaskId = null) : Outgoing;
