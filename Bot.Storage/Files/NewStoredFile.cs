using Bot.Core.Messaging;

namespace Bot.Storage.Files;

/// <summary>An upload to record: its bytes (already in the content store) and what is known of it.</summary>
public sealed record NewStoredFile(
    StoredContent Content, string FileName, string MimeType, FileKind SentAs, long UploadedBy, int? CompanyId, string? TelegramFileId, string? TelegramUniqueId = null);
