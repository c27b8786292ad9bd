namespace Bot.Host.Telegram;

/// <summary>Telegram does not know the configured token; the message says what to do, never the token.</summary>
public sealed class BotTokenRejectedException(string message) : Exception(message);
