using System.Text.Json.Nodes;
using Bot.FakeTelegram.Json;
using Bot.FakeTelegram.Limits;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Driver;

/// <summary>A person in a private chat with the bot: sends texts, commands, photos, documents and albums,
/// presses buttons, and reads or awaits what the bot sent. Everything they do becomes an update, exactly
/// as Telegram would deliver it.</summary>
public sealed class FakeUser
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);
    private readonly BotState state;
    private readonly ChatState chat;
    private readonly FakeBotApiOptions options;
    private int lastReadMessageId;

    internal FakeUser(BotState state, ChatState chat, FakeBotApiOptions options)
    {
        this.state = state;
        this.chat = chat;
        this.options = options;
    }

    public FakeUserProfile Profile => chat.User;

    public long ChatId => chat.ChatId;

    public int SendText(string text)
    {
        var formatted = text.StartsWith('/')
            ? new FormattedText(text, [new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = CommandLength(text) }])
            : FormattedText.Plain(text);
        return Post(new StoredMessage { MessageId = 0, ChatId = ChatId, FromBot = false, Date = state.Time.GetUtcNow(), Text = formatted }).MessageId;
    }

    /// <summary>Answers one of the bot's messages with Telegram's reply (the message is quoted in the update).</summary>
    public int Reply(BotMessage to, string text) => Reply(to.MessageId, text);

    public int Reply(int messageId, string text)
    {
        lock (state.Gate)
        {
            var original = chat.Messages.GetValueOrDefault(messageId) ?? throw new InvalidOperationException($"No message {messageId} in this chat.");
            return Post(new StoredMessage { MessageId = 0, ChatId = ChatId, FromBot = false, Date = state.Time.GetUtcNow(), Text = FormattedText.Plain(text), ReplyTo = original }).MessageId;
        }
    }

    public int SendCommand(string command, string? payload = null) =>
        SendText(payload is null ? "/" + command : $"/{command} {payload}");

    public int SendPhoto(byte[] content, string? caption = null) => Send(new AlbumItem(MessageKind.Photo, content, Caption: caption), null);

    public int SendDocument(string fileName, byte[] content, string mimeType = "application/pdf", string? caption = null) =>
        Send(new AlbumItem(MessageKind.Document, content, fileName, mimeType, caption), null);

    /// <summary>Several files at once: Telegram delivers them as separate updates sharing a media_group_id.</summary>
    public IReadOnlyList<int> SendAlbum(params AlbumItem[] items)
    {
        var album = $"album-{Guid.NewGuid():N}";
        return items.Select(item => Send(item, album)).ToList();
    }

    /// <summary>Presses the button with this caption under a bot's message; the callback carries its data.</summary>
    public string PressButton(BotMessage message, string buttonText)
    {
        var button = message.AllButtons.FirstOrDefault(b => b.Text == buttonText && b.CallbackData is not null)
            ?? throw new InvalidOperationException($"Message {message.MessageId} has no callback button \"{buttonText}\"; it has: {string.Join(", ", message.AllButtons.Select(b => b.Text))}.");
        return PressButtonWithData(message.MessageId, button.CallbackData!);
    }

    /// <summary>Sends a callback with any data, as a modified client can: the bot must not trust it.</summary>
    public string PressButtonWithData(int messageId, string data)
    {
        lock (state.Gate)
        {
            var message = chat.Messages.GetValueOrDefault(messageId) ?? throw new InvalidOperationException($"No message {messageId} in this chat.");
            var id = state.NextCallbackId();
            state.Callbacks[id] = new CallbackState(id, ChatId, state.Time.GetUtcNow());
            state.Enqueue("callback_query", new JsonObject
            {
                ["id"] = id,
                ["from"] = TelegramJson.User(chat.User),
                ["message"] = TelegramJson.Message(message, chat, options),
                ["chat_instance"] = $"{ChatId}",
                ["data"] = data,
            });
            return id;
        }
    }

    public void BlockBot() => SetBlocked(true);

    public void UnblockBot() => SetBlocked(false);

    /// <summary>The bot's messages in this chat, as they stand now.</summary>
    public IReadOnlyList<BotMessage> BotMessages
    {
        get
        {
            lock (state.Gate)
            {
                return BotMessagesUnlocked().ToList();
            }
        }
    }

    /// <summary>The whole conversation as the user's app shows it, both sides, oldest first.</summary>
    public IReadOnlyList<ChatMessage> Conversation
    {
        get
        {
            lock (state.Gate)
            {
                return chat.Messages.Values.OrderBy(m => m.MessageId).Select(ChatMessage.From).ToList();
            }
        }
    }

    /// <summary>Whether a message of this chat can be pressed or answered (it exists and is not deleted).</summary>
    public bool HasMessage(int messageId)
    {
        lock (state.Gate)
        {
            return chat.Messages.TryGetValue(messageId, out var message) && !message.Deleted;
        }
    }

    /// <summary>The next message the bot sends here that this user has not read yet.</summary>
    public async Task<BotMessage> NextMessageAsync(TimeSpan? timeout = null)
    {
        var message = await state.WaitAsync(
            () => chat.Messages.Values.Where(m => m.FromBot && m.MessageId > lastReadMessageId).MinBy(m => m.MessageId) is { } next ? BotMessage.From(next) : null,
            timeout ?? DefaultWait,
            $"a message from the bot to chat {ChatId}",
            chat);
        lastReadMessageId = message.MessageId;
        return message;
    }

    /// <summary>Counts every message the bot sent here so far as read: the next <see cref="NextMessageAsync"/>
    /// waits for a new one.</summary>
    public void SkipUnread()
    {
        lock (state.Gate)
        {
            lastReadMessageId = chat.Messages.Values.Where(m => m.FromBot).Select(m => m.MessageId).DefaultIfEmpty(lastReadMessageId).Max();
        }
    }

    /// <summary>Waits until one of the bot's messages here (new or edited) satisfies the condition.</summary>
    public Task<BotMessage> WaitForMessageAsync(Func<BotMessage, bool> condition, TimeSpan? timeout = null, string what = "a matching message") =>
        state.WaitAsync(() => BotMessagesUnlocked().LastOrDefault(condition), timeout ?? DefaultWait, $"{what} in chat {ChatId}", chat);

    public Task<CallbackAnswer> WaitForAnswerAsync(string callbackId, TimeSpan? timeout = null) =>
        state.WaitAsync(() => state.Callbacks[callbackId].Answer, timeout ?? DefaultWait, $"the answer to callback {callbackId}", chat);

    private IEnumerable<BotMessage> BotMessagesUnlocked() =>
        chat.Messages.Values.Where(m => m.FromBot).OrderBy(m => m.MessageId).Select(BotMessage.From);

    private int Send(AlbumItem item, string? album)
    {
        lock (state.Gate)
        {
            var file = state.AddFile(item.Content, item.FileName, item.MimeType, item.Kind == MessageKind.Photo ? "photos" : "documents");
            return Post(new StoredMessage
            {
                MessageId = 0, ChatId = ChatId, FromBot = false, Date = state.Time.GetUtcNow(), Kind = item.Kind, File = file,
                Caption = item.Caption is null ? null : FormattedText.Plain(item.Caption), MediaGroupId = album,
            }).MessageId;
        }
    }

    private StoredMessage Post(StoredMessage draft)
    {
        lock (state.Gate)
        {
            var message = new StoredMessage
            {
                MessageId = chat.NextMessageId(), ChatId = draft.ChatId, FromBot = false, Date = draft.Date, Kind = draft.Kind,
                Text = draft.Text, Caption = draft.Caption, File = draft.File, MediaGroupId = draft.MediaGroupId, ReplyTo = draft.ReplyTo,
            };
            chat.Messages[message.MessageId] = message;
            state.Enqueue("message", TelegramJson.Message(message, chat, options));
            return message;
        }
    }

    private void SetBlocked(bool blocked)
    {
        lock (state.Gate)
        {
            chat.BlockedBot = blocked;
        }
    }

    private static int CommandLength(string text)
    {
        var end = text.IndexOfAny([' ', '\n']);
        return end < 0 ? text.Length : end;
    }
}
