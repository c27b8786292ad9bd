using System.Text.Json;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Host.Delivery;
using Bot.Host.Outbox;
using Bot.Storage.Inbox;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Host.Telegram;

/// <summary>Turns received updates into inbox entries, holding each user to
/// <see cref="DeliveryOptions.UserUpdatesPerMinute"/> with a burst of <see cref="DeliveryOptions.UserUpdateBurst"/>:
/// an update beyond it is stored as throttled (kept, never handled) and the first of a run is answered with
/// «Слишком много сообщений…», so one user flooding the bot costs the others nothing. Per instance: behind a
/// load balancer each instance holds a user to the limit on its own share.</summary>
internal sealed class IntakeLimiter(IOptions<DeliveryOptions> options, TimeProvider time)
{
    private const int PruneAbove = 10_000;
    private static readonly TimeSpan IdleLongEnough = TimeSpan.FromMinutes(10);
    private readonly Lock gate = new();
    private readonly Dictionary<long, UserGate> users = [];

    public InboxEntry Admit(Update update, string? payload = null)
    {
        var entry = new InboxEntry(update.Id, UpdateMapper.ChatOf(update), payload ?? JsonSerializer.Serialize(update, JsonBotAPI.Options));
        if (UpdateMapper.UserOf(update) is not { } user)
        {
            return entry;
        }

        bool throttled, firstOfRun;
        lock (gate)
        {
            var now = time.GetUtcNow();
            Prune(now);
            if (!users.TryGetValue(user.Id, out var state))
            {
                state = users[user.Id] = new UserGate(new RateGate(options.Value.UserUpdatesPerMinute / 60, options.Value.UserUpdateBurst));
            }

            throttled = state.Rate.NextFree(now) > now;
            firstOfRun = throttled && !state.Throttling;
            state.Throttling = throttled;
            if (!throttled)
            {
                state.Rate.Take(now);
            }
        }

        return !throttled ? entry : entry with { Throttled = true, Notice = firstOfRun ? Notice(update, user) : null };
    }

    private static Outgoing? Notice(Update update, User user)
    {
        var text = Texts.For(user.LanguageCode).TooManyMessages;
        return update.CallbackQuery is { } press
            ? new AnswerButton(press.Id, text)
            : UpdateMapper.ChatOf(update) is { } chat ? new SendText(chat, Html.Escape(text)) : null;
    }

    private void Prune(DateTimeOffset now)
    {
        if (users.Count > PruneAbove)
        {
            foreach (var idle in users.Where(pair => now - pair.Value.Rate.LastUse > IdleLongEnough).Select(pair => pair.Key).ToList())
            {
                users.Remove(idle);
            }
        }
    }

    private sealed class UserGate(RateGate rate)
    {
        public RateGate Rate { get; } = rate;

        public bool Throttling { get; set; }
    }
}
