using System.Collections.Concurrent;
using System.Diagnostics;
using Bot.FakeTelegram;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.Limits;

namespace Bot.Bench;

/// <summary>Closed-loop users against the real host: each repeats /start, a press on «О фирме» and an
/// unknown text, waiting for every reply before the next step. Telegram's limits are off in the fake and
/// raised in the bot, so what is measured is the handling pipeline (inbox, transaction, outbox, sender).</summary>
internal static class HandlingBenchmark
{
    private static readonly Dictionary<string, string> Unthrottled = new()
    {
        ["Delivery__GlobalPerSecond"] = "100000",
        ["Delivery__PerChatPerSecond"] = "100000",
        ["Delivery__PerChatBurst"] = "100000",
        ["Delivery__UserUpdatesPerMinute"] = "100000", // closed-loop users send far faster than a person could
        ["Delivery__UserUpdateBurst"] = "100000",
    };

    public static async Task<HandlingResult> RunAsync(int users, int warmUpCycles, int cycles)
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Unlimited });
        await using var bot = new BotUnderBench();
        await bot.PrepareAsync();
        await bot.StartAsync(api, Unthrottled);
        var people = Enumerable.Range(0, users).Select(i => api.NewUser($"Клиент {i}")).ToList();

        await Task.WhenAll(people.Select(person => CycleAsync(person, warmUpCycles, new ConcurrentBag<double>())));
        var latencies = new ConcurrentBag<double>();
        var cpu = CpuLedger.Start(bot.Process.Id);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(people.Select(person => CycleAsync(person, cycles, latencies)));
        var elapsed = clock.Elapsed;
        return HandlingResult.From(latencies.Count, elapsed, [.. latencies], HostMemory.PeakMb(bot.Process), cpu.PerInteraction(latencies.Count));
    }

    private static async Task CycleAsync(FakeUser user, int cycles, ConcurrentBag<double> latencies)
    {
        var timeout = TimeSpan.FromSeconds(60);
        for (var i = 0; i < cycles; i++)
        {
            var clock = Stopwatch.StartNew();
            user.SendCommand("start");
            var menu = await user.NextMessageAsync(timeout);
            latencies.Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            user.PressButton(menu, "О фирме");
            await user.WaitForMessageAsync(m => m.MessageId == menu.MessageId && m.EditCount == 1, timeout);
            latencies.Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            user.SendText("когда будет готов отчёт?");
            await user.NextMessageAsync(timeout);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
    }
}
