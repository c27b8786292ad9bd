namespace Bot.Core.Messaging;

/// <summary>Replaces the text and buttons of a message the bot sent earlier (a screen edited in place).</summary>
public sealed record EditText(long ChatId, int MessageId, string Html, Keyboard? Keyboard = null) : Outgoing;
