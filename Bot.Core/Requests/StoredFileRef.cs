using Bot.Core.Messaging;

namespace Bot.Core.Requests;

/// <summary>A file the firm keeps, as needed to send it back: by its Telegram file id while that works,
/// else uploaded again from the bytes kept under <see cref="Sha256"/>.</summary>
public sealed record StoredFileRef(long Id, string Name, string MimeType, FileKind Kind, string Sha256, string? TelegramFileId);
