namespace Bot.Core.Deadlines;

/// <summary>Somebody a notice goes to: their Telegram id and language.</summary>
public sealed record Recipient(long UserId, string? LanguageCode);
