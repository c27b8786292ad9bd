using Bot.Core.Messaging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Host.Telegram;

/// <summary>Translates Telegram's updates into Core's vocabulary. The cabinet lives in private chats, and in
/// the topics of the staff forum: other messages from groups and channels are not for it. A message of a kind the bot does not take
/// (a sticker, a voice note) arrives as an empty text, which gets the short help.</summary>
internal static class UpdateMapper
{
    public static Incoming? Map(Update update) => update switch
    {
        { Message: { From: { } from, Chat.Type: ChatType.Private } message } => FromMessage(message, User(from)),
        { Message: { From: { IsBot: false } from, Chat.Type: ChatType.Supergroup, IsTopicMessage: true, MessageThreadId: { } } message } => FromMessage(message, User(from)),
        { CallbackQuery: { Message: { Chat.Type: ChatType.Private } message } press } =>
            new IncomingButton(message.Chat.Id, User(press.From), press.Id, message.MessageId, press.Data ?? ""),
        _ => null,
    };

    /// <summary>The chat an update belongs to, which orders its handling; null for updates of no chat.</summary>
    /// <summary>Who sent the update, if anyone.</summary>
    public static User? UserOf(Update update) => update.Message?.From ?? update.CallbackQuery?.From;

    public static long? ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.CallbackQuery?.From.Id;

    private static Incoming FromMessage(Message message, ChatUser from)
    {
        var chat = message.Chat.Id;
        if (message.Photo is { Length: > 0 } sizes)
        {
            var largest = sizes[^1];
            return new IncomingFile(chat, from, message.MessageId, new SharedFile(largest.FileId, FileKind.Photo, null, "image/jpeg", largest.FileSize), message.Caption, message.MediaGroupId, message.MessageThreadId);
        }

        if (message.Document is { } document)
        {
            return new IncomingFile(chat, from, message.MessageId, new SharedFile(document.FileId, FileKind.Document, document.FileName, document.MimeType, document.FileSize), message.Caption, message.MediaGroupId, message.MessageThreadId);
        }

        return new IncomingText(chat, from, message.MessageId, message.Text ?? "", message.ReplyToMessage?.MessageId, message.MessageThreadId);
    }

    private static ChatUser User(User user) => new(user.Id, user.FirstName, user.LanguageCode);
}
