using Bot.FakeTelegram;
using Telegram.Bot;

namespace Bot.FakeTelegram.Tests;

/// <summary>The real Telegram.Bot client pointed at the fake, with its own 429 retrying off so each test
/// sees exactly what the fake answered.</summary>
internal static class Clients
{
    public static TelegramBotClient For(FakeBotApi api, string? token = null) =>
        new(new TelegramBotClientOptions(token ?? api.Token, api.BaseUrl.ToString()) { RetryThreshold = 0, RetryCount = 0 });
}
