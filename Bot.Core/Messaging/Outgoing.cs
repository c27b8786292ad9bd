namespace Bot.Core.Messaging;

/// <summary>Something the bot does in reply. Texts are Telegram-flavoured HTML: anything that came
/// from a user or from configuration is escaped with <see cref="Html.Escape"/>.</summary>
public abstract record Outgoing;
