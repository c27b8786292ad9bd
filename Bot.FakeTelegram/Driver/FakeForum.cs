using Bot.FakeTelegram.Json;
using Bot.FakeTelegram.Limits;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Driver;

/// <summary>A forum supergroup the bot administers: its topics, people writing in them (plain or as a Telegram
/// reply), and what the bot posted. A message written in a topic without replying quotes the topic's creation,
/// as Telegram does.</summary>
public sealed class FakeForum
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);
    private readonly BotState state;
    private readonly ChatState chat;
    private readonly FakeBotApiOptions options;

    internal FakeForum(BotState state, ChatState chat, FakeBotApiOptions options)
    {
        this.state = state;
        this.chat = chat;
        this.options = options;
    }

    public long ChatId => chat.ChatId;

    /// <summary>The topics as they stand now: message_thread_id → name.</summary>
    public IReadOnlyDictionary<int, string> Topics
    {
        get
        {
            lock (state.Gate)
            {
                return new Dictionary<int, string>(chat.Topics);
            }
        }
    }

    /// <summary>The person writes in the topic.</summary>
    public int SendText(FakeUser from, int threadId, string text)
    {
        lock (state.Gate)
        {
            var created = chat.Topics.ContainsKey(threadId) ? chat.Messages[threadId] : throw new InvalidOperationException($"No topic {threadId} in this forum.");
            return Post(from, threadId, text, created);
        }
    }

    /// <summary>The person answers one of the bot's messages in its topic with Telegram's reply.</summary>
    public int Reply(FakeUser from, BotMessage to, string text)
    {
        lock (state.Gate)
        {
            var original = chat.Messages.GetValueOrDefault(to.MessageId) ?? throw new InvalidOperationException($"No message {to.MessageId} in this forum.");
            return Post(from, original.ThreadId ?? throw new InvalidOperationException("The message is in no topic."), text, original);
        }
    }

    /// <summary>The bot's messages here, as they stand now.</summary>
    public IReadOnlyList<BotMessage> BotMessages
    {
        get
        {
            lock (state.Gate)
            {
                return [.. chat.Messages.Values.Where(m => m.FromBot && m.TopicCreated is null).OrderBy(m => m.MessageId).Select(BotMessage.From)];
            }
        }
    }

    public Task<BotMessage> WaitForMessageAsync(Func<BotMessage, bool> condition, TimeSpan? timeout = null, string what = "a matching message") =>
        state.WaitAsync(
            () => chat.Messages.Values.Where(m => m.FromBot && m.TopicCreated is null).OrderBy(m => m.MessageId).Select(BotMessage.From).LastOrDefault(condition),
            timeout ?? DefaultWait, $"{what} in forum {ChatId}", chat);

    private int Post(FakeUser from, int threadId, string text, StoredMessage replyTo)
    {
        var message = new StoredMessage
        {
            MessageId = chat.NextMessageId(), ChatId = chat.ChatId, FromBot = false, Date = state.Time.GetUtcNow(), Text = FormattedText.Plain(text),
            Sender = from.Profile, ThreadId = threadId, ReplyTo = replyTo,
        };
        chat.Messages[message.MessageId] = message;
        state.Enqueue("message", TelegramJson.Message(message, chat, options));
        state.Signal(chat);
        return message.MessageId;
    }
}
