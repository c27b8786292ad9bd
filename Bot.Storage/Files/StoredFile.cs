namespace Bot.Storage.Files;

/// <summary>One upload: its bytes in the content store, and what is known of it.</summary>
public sealed record StoredFile(
    long Id, string Sha256, long SizeBytes, string FileName, string MimeType, long UploadedBy, int? CompanyId, string? TelegramFileId, string? TelegramUniqueId);
