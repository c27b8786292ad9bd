using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Driver;

/// <summary>A message of a private chat as the user's Telegram app shows it, from the bot or from the user: its text or
/// caption with Telegram's formatting entities (JSON, UTF-16 offsets), its file, album, buttons and the message it
/// answers. <see cref="Version"/> changes whenever the message does (an edit, new buttons, a deletion).</summary>
public sealed record ChatMessage(
    int MessageId,
    bool FromBot,
    DateTimeOffset Date,
    MessageKind Kind,
    string? Text,
    string? TextEntities,
    string? Caption,
    string? CaptionEntities,
    ChatFile? File,
    string? MediaGroupId,
    IReadOnlyList<IReadOnlyList<InlineButton>> Buttons,
    int? ReplyToMessageId,
    int EditCount,
    bool Deleted)
{
    public string Version => $"{EditCount}:{Deleted}";

    internal static ChatMessage From(StoredMessage message)
    {
        var bot = BotMessage.From(message);
        return new(
            message.MessageId, message.FromBot, message.Date, message.Kind,
            message.Text?.Text, message.Text?.Entities.ToJsonString(),
            message.Caption?.Text, message.Caption?.Entities.ToJsonString(),
            message.File is { } file ? new ChatFile(file.FileId, file.FileName, file.MimeType, file.Size) : null,
            message.MediaGroupId, bot.Buttons, message.ReplyTo?.MessageId, message.EditCount, message.Deleted);
    }
}

/// <summary>A file a message carries.</summary>
public sealed record ChatFile(string FileId, string? FileName, string? MimeType, long Size);
