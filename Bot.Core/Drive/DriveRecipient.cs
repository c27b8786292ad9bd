namespace Bot.Core.Drive;

/// <summary>A company's employee who hears of a new document: their chat and language.</summary>
public sealed record DriveRecipient(long UserId, string? LanguageCode);
