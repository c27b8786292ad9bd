namespace Bot.Core.Messaging;

/// <summary>Something the bot does in reply. Texts are Telegram-flavoured HTML: anything that came
/// from a user or from configuration is escaped with <see cref="Html.Escape"/>.</summary>
public abstract record Outgoing;

/// <summary>A new message in a chat, optionally with inline buttons under it.</summary>
public sealed record SendText(long ChatId, string Html, Keyboard? Keyboard = null) : Outgoing;

/// <summary>Replaces the text and buttons of a message the bot sent earlier (a screen edited in place).</summary>
public sealed record EditText(long ChatId, int MessageId, string Html, Keyboard? Keyboard = null) : Outgoing;

/// <summary>Stops the spinner on a pressed button, with an optional short notice.</summary>
public sealed record AnswerButton(string CallbackId, string? Notice = null) : Outgoing;
