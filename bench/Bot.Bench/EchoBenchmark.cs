using System.Collections.Concurrent;
using System.Diagnostics;
using Bot.FakeTelegram;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.Limits;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;

namespace Bot.Bench;

/// <summary>The baseline: the smallest bot Telegram.Bot allows — its own receiver, a handler that echoes
/// the text back — on the same fake, with closed-loop users sending text.</summary>
internal static class EchoBenchmark
{
    public static async Task<HandlingResult> RunAsync(int users, int warmUpInteractions, int interactionsPerUser)
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Unlimited });
        using var stop = new CancellationTokenSource();
        var echo = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl.ToString()));
        echo.StartReceiving(EchoAsync, (_, _, _) => Task.CompletedTask, new ReceiverOptions { DropPendingUpdates = false }, stop.Token);
        var people = Enumerable.Range(0, users).Select(i => api.NewUser($"Клиент {i}")).ToList();

        var latencies = new ConcurrentBag<double>();
        await Task.WhenAll(people.Select(person => TalkAsync(person, warmUpInteractions, new ConcurrentBag<double>())));
        var cpu = CpuLedger.Start(hostProcessId: null);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(people.Select(person => TalkAsync(person, interactionsPerUser, latencies)));
        var elapsed = clock.Elapsed;
        var shares = cpu.PerInteraction(latencies.Count);
        await stop.CancelAsync();
        return HandlingResult.From(latencies.Count, elapsed, [.. latencies], Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024, shares);
    }

    public static async Task EchoAsync(ITelegramBotClient bot, Update update, CancellationToken cancellationToken)
    {
        if (update.Message is { Text: { } text } message)
        {
            await bot.SendMessage(message.Chat.Id, text, cancellationToken: cancellationToken);
        }
    }

    private static async Task TalkAsync(FakeUser user, int times, ConcurrentBag<double> latencies)
    {
        for (var i = 0; i < times; i++)
        {
            var clock = Stopwatch.StartNew();
            user.SendText($"вопрос {i}");
            await user.NextMessageAsync(TimeSpan.FromSeconds(60));
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
    }
}
