using Bot.FakeTelegram;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.Limits;
using Bot.Testing.Hosting;
using Telegram.Bot;
using Telegram.Bot.Polling;

namespace Bot.Bench;

/// <summary>Open-loop latency: updates arrive from 1,000 users at fixed mean rates with Poisson gaps,
/// independent of the replies, for the real host (the three interactions of <see cref="HandlingBenchmark"/>,
/// each user taking its next step) and for the Telegram.Bot echo bot (texts), one after the other in the same
/// run; then the request form's «Отправить» at 5 forms/s. Telegram's limits are off, as in *handling*.</summary>
internal static class LatencyBenchmark
{
    /// <summary>A window's figures; for the host also its CPU per 1,000 updates and the share of its updates that
    /// took one database round trip.</summary>
    public sealed record Row(string Bot, string Mix, double Rate, OpenLoop.Window Window, double? CpuSecondsPer1000, double? OneRoundTripShare = null);

    public sealed record Result(List<Row> Rows, long HostPeakMb, long HostResidentAfterMb);

    private const int Users = 1000;

    /// <summary>Telegram's limits are off in the fake, and the bot's per-chat pacing is raised to match; each
    /// person's intake limit stays as shipped (no one here writes faster than a person).</summary>
    private static readonly Dictionary<string, string> Paced = new()
    {
        ["Delivery__GlobalPerSecond"] = "100000",
        ["Delivery__PerChatPerSecond"] = "100000",
        ["Delivery__PerChatBurst"] = "100000",
    };
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<Result> RunAsync(IReadOnlyList<double> rates, TimeSpan each, TimeSpan warmUp, double formsPerSecond, int seed)
    {
        var rows = new List<Row>();
        long peak, resident;
        await using (var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Unlimited }))
        await using (var bot = new BotUnderBench())
        {
            await bot.PrepareAsync();
            await bot.StartAsync(api, Paced);
            var talkers = Enumerable.Range(0, Users).Select(i => new Talker(api.NewUser($"Клиент {i}"))).ToList();
            var pick = new Picker<Talker>(talkers, seed);
            Func<Task<double>?> start = () => pick.Free() is { } talker ? talker.NextStep() : null;
            await OpenLoop.RunAsync(100, warmUp, start, seed);
            foreach (var rate in rates)
            {
                var cpuBefore = ProcessCpu.Seconds(bot.Process.Id);
                var roundTrips = await UpdateRoundTrips.ReadAsync(bot.Http);
                var window = await OpenLoop.RunAsync(rate, each, start, seed + (int)rate);
                var cpu = ProcessCpu.Seconds(bot.Process.Id) - cpuBefore;
                var share = (await UpdateRoundTrips.ReadAsync(bot.Http)).OneShareSince(roundTrips);
                rows.Add(new Row("host", "three interactions", rate, window, cpu * 1000 / Math.Max(1, window.LatenciesMs.Count), share));
            }

            resident = ProcessCpu.ResidentMb(bot.Process.Id);
            peak = HostMemory.PeakMb(bot.Process);
        }

        await using (var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Unlimited }))
        {
            using var stop = new CancellationTokenSource();
            var echo = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl.ToString()));
            echo.StartReceiving(EchoBenchmark.EchoAsync, (_, _, _) => Task.CompletedTask, new ReceiverOptions(), stop.Token);
            var people = Enumerable.Range(0, Users).Select(i => new Talker(api.NewUser($"Клиент {i}"))).ToList();
            var pick = new Picker<Talker>(people, seed);
            Func<Task<double>?> start = () => pick.Free() is { } person ? person.Text() : null;
            await OpenLoop.RunAsync(100, warmUp, start, seed);
            foreach (var rate in rates)
            {
                var window = await OpenLoop.RunAsync(rate, each, start, seed + (int)rate);
                rows.Add(new Row("echo", "text", rate, window, null));
            }

            await stop.CancelAsync();
        }

        rows.Add(await FormsAsync(formsPerSecond, each, seed));
        return new Result(rows, peak, resident);
    }

    /// <summary>Clients keep a request form ready at its summary; at each arrival one of them presses
    /// «Отправить», timed to the confirmation carrying the task's number, and then prepares its next form.</summary>
    public static async Task<Row> FormsAsync(double perSecond, TimeSpan duration, int seed)
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Unlimited });
        await using var bot = new BotUnderBench();
        await bot.PrepareAsync();
        await bot.StartAsync(api, Paced);
        // Enough clients that each files well within a person's pace (the bot's per-user intake limit stays on).
        var (_, clients) = await FilingBenchmark.FirmAsync(bot, api, 100);
        var filers = clients.Select(client => new Filer(client)).ToList();
        await Task.WhenAll(filers.Select(filer => filer.PrepareAsync()));
        var pick = new Picker<Filer>(filers, seed);
        await OpenLoop.RunAsync(perSecond, TimeSpan.FromSeconds(5), () => pick.Free()?.Send(), seed);
        var cpuBefore = ProcessCpu.Seconds(bot.Process.Id);
        var window = await OpenLoop.RunAsync(perSecond, duration, () => pick.Free()?.Send(), seed + 1);
        var cpu = ProcessCpu.Seconds(bot.Process.Id) - cpuBefore;
        // The walks the last presses started finish against this host, not against the next run's.
        await Task.WhenAll(filers.Select(filer => filer.Walk));
        return new Row("host", "form «Отправить»", perSecond, window, cpu * 1000 / Math.Max(1, window.LatenciesMs.Count));
    }

    private interface IBusy
    {
        bool TryTake();
    }

    /// <summary>A random user not waiting for a reply (a person waits before writing again).</summary>
    private sealed class Picker<T>(List<T> all, int seed)
        where T : class, IBusy
    {
        private readonly Random random = new(seed);

        public T? Free()
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                if (all[random.Next(all.Count)] is var candidate && candidate.TryTake())
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>A user repeating /start, a press on «О фирме» and an unknown text, one step per arrival.</summary>
    private sealed class Talker(FakeUser user) : IBusy
    {
        private int busy;
        private int step;
        private BotMessage? menu;

        public bool TryTake() => Interlocked.CompareExchange(ref busy, 1, 0) == 0;

        public Task<double> NextStep()
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            switch (step++ % 3)
            {
                case 0:
                    user.SendCommand("start");
                    return Finish(clock, async () => menu = await user.NextMessageAsync(Patience));
                case 1 when menu is { } shown:
                    user.PressButton(shown, "О фирме");
                    return Finish(clock, () => user.WaitForMessageAsync(m => m.MessageId == shown.MessageId && m.EditCount == shown.EditCount + 1, Patience));
                default:
                    user.SendText("когда будет готов отчёт?");
                    return Finish(clock, () => user.NextMessageAsync(Patience));
            }
        }

        public Task<double> Text()
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            user.SendText($"вопрос {step++}");
            return Finish(clock, () => user.NextMessageAsync(Patience));
        }

        private async Task<double> Finish(System.Diagnostics.Stopwatch clock, Func<Task> reply)
        {
            try
            {
                await reply();
                return clock.Elapsed.TotalMilliseconds;
            }
            finally
            {
                Volatile.Write(ref busy, 0);
            }
        }
    }

    /// <summary>A client with a request form waiting at its summary.</summary>
    private sealed class Filer(FakeUser client) : IBusy
    {
        private int busy = 1;
        private BotMessage? summary;

        /// <summary>The client's latest walk to a new form's summary (started after each «Отправить»).</summary>
        public Task Walk { get; private set; } = Task.CompletedTask;

        public bool TryTake() => Interlocked.CompareExchange(ref busy, 1, 0) == 0;

        /// <summary>Walks a new form to its summary; a walk that goes wrong (an answer missed) starts again from
        /// /menu, so the client is never lost to the benchmark.</summary>
        public async Task PrepareAsync()
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    summary = await FilingBenchmark.WalkFormAsync(client, Patience);
                    Volatile.Write(ref busy, 0);
                    return;
                }
                catch (Exception error) when (attempt < 5 && error is TimeoutException or InvalidOperationException)
                {
                    Console.WriteLine($"  a form's walk failed ({error.Message}); starting it again");
                    client.SkipUnread();
                }
            }
        }

        public Task<double> Send()
        {
            var screen = summary!;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            client.PressButton(screen, "Отправить");
            return SentAsync(screen, clock);
        }

        private async Task<double> SentAsync(BotMessage screen, System.Diagnostics.Stopwatch clock)
        {
            var answer = await client.WaitForMessageAsync(m => m.MessageId == screen.MessageId && m.EditCount == screen.EditCount + 1, Patience);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            Walk = PrepareAsync();
            return answer.Text?.Contains('№', StringComparison.Ordinal) == true
                ? elapsed
                : throw new InvalidOperationException($"«Отправить» answered without a number: {answer.Text?[..Math.Min(80, answer.Text.Length)]}");
        }
    }
}
