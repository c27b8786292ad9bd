using Bot.Core.Requests;

namespace Bot.Core.Messaging;

/// <summary>Sends a file the firm keeps into a chat: by its Telegram file id while that works, otherwise
/// uploaded again from the firm's store.</summary>
public sealed record SendFile(long ChatId, StoredFileRef File, string? CaptionHtml = null) : Outgoing;
