namespace Bot.Core.Messaging;

/// <summary>A new message in a chat, optionally with inline buttons under it.</summary>
public sealed record SendText(long ChatId, string Html, Keyboard? Keyboard = null) : Outgoing;
