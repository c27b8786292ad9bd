using Bot.Host.Delivery;
using Microsoft.Extensions.Options;

namespace Bot.Host.Outbox;

/// <summary>Keeps this instance's sends within Telegram's limits before Telegram has to refuse them: one
/// gate for all chats (this instance's share of the bot's global rate, see <see cref="ClusterShare"/>), one
/// per chat (private chats and groups have different rates). Button answers are not messages and do not
/// pass through it.</summary>
internal sealed class SendBudget(IOptions<DeliveryOptions> options, TimeProvider time)
{
    private static readonly TimeSpan IdleGateLifetime = TimeSpan.FromMinutes(5);
    private readonly Lock gate = new();
    private readonly DeliveryOptions limits = options.Value;
    private RateGate global = new(options.Value.GlobalPerSecond, 5);
    private int sharers = 1;
    private readonly Dictionary<long, RateGate> chats = [];
    private DateTimeOffset lastSweep = DateTimeOffset.MinValue;

    /// <summary>Reserves a slot for a message to the chat if one is free within <paramref name="maxWait"/>;
    /// <paramref name="delay"/> says how long to wait for it (or, when false, how long until one may be).</summary>
    public bool TryReserve(long chatId, TimeSpan maxWait, out TimeSpan delay)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Sweep(now);
            var chat = ChatGate(chatId);
            var chatFree = chat.NextFree(now);
            var globalFree = global.NextFree(now);
            var at = chatFree > globalFree ? chatFree : globalFree;
            delay = at - now;
            if (delay > maxWait)
            {
                return false;
            }

            global.Take(at);
            chat.Take(at);
            return true;
        }
    }

    /// <summary>Telegram's global limit is the bot's: with <paramref name="instances"/> sending, this one
    /// takes an equal share of it.</summary>
    /// <summary>True when the share changed.</summary>
    public bool ShareWith(int instances)
    {
        instances = Math.Max(1, instances);
        lock (gate)
        {
            if (instances == sharers)
            {
                return false;
            }

            sharers = instances;
            global = new RateGate(limits.GlobalPerSecond / instances, Math.Max(1, 5 / instances));
            return true;
        }
    }

    public void Block(long chatId, TimeSpan retryAfter)
    {
        lock (gate)
        {
            ChatGate(chatId).Block(time.GetUtcNow() + retryAfter);
        }
    }

    private RateGate ChatGate(long chatId)
    {
        if (!chats.TryGetValue(chatId, out var chat))
        {
            chat = chatId < 0 ? new RateGate(limits.PerGroupPerMinute / 60.0, 3) : new RateGate(limits.PerChatPerSecond, limits.PerChatBurst);
            chats[chatId] = chat;
        }

        return chat;
    }

    /// <summary>Forgets chats idle for a while, so a fan-out to many chats does not grow this forever.</summary>
    private void Sweep(DateTimeOffset now)
    {
        if (now - lastSweep < IdleGateLifetime)
        {
            return;
        }

        lastSweep = now;
        foreach (var idle in chats.Where(entry => now - entry.Value.LastUse > IdleGateLifetime).Select(entry => entry.Key).ToList())
        {
            chats.Remove(idle);
        }
    }
}
