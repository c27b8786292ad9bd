using Bot.Core.Requests;

namespace Bot.Core.Messaging;

/// <summary>Sends a file the firm keeps into a chat: by its Telegram file id while that works, otherwise
/// uploaded again from the firm's store. <see cref="TopicCompanyId"/> sends it into that company's topic of the staff forum.</summary>
public sealed record SendFile(long ChatId, StoredFileRef File, string? CaptionHtml = null, int? TopicCompanyId = null) : Outgoing;
