using Bot.FakeTelegram.Http;

namespace Bot.FakeTelegram.Limits;

/// <summary>Refuses a send with 429 and retry_after when it would exceed the global, per-chat or per-group
/// rate. A refused send consumes nothing, as with Telegram.</summary>
internal sealed class FloodControl(FloodLimits limits, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, TokenBucket> chats = [];
    private TokenBucket? global;

    public void Acquire(long chatId, int messages = 1)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            global ??= new TokenBucket(limits.GlobalBurst, limits.GlobalPerSecond, now);
            if (!chats.TryGetValue(chatId, out var chat))
            {
                chat = chatId < 0
                    ? new TokenBucket(limits.PerGroupPerMinute, limits.PerGroupPerMinute / 60.0, now)
                    : new TokenBucket(limits.PerChatBurst, limits.PerChatPerSecond, now);
                chats[chatId] = chat;
            }

            var wait = TimeSpan.FromTicks(Math.Max(global.WaitFor(messages, now).Ticks, chat.WaitFor(messages, now).Ticks));
            if (wait > TimeSpan.Zero)
            {
                throw BotApiException.TooManyRequests(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }

            global.Take(messages);
            chat.Take(messages);
        }
    }
}
