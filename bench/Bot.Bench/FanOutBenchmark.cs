using System.Diagnostics;
using Bot.Core.Messaging;
using Bot.FakeTelegram;
using Bot.Storage.Connection;
using Bot.Storage.Outbox;
using Npgsql;

namespace Bot.Bench;

/// <summary>A notification fan-out through the outbox, with the fake enforcing Telegram's limits and the
/// bot on its default delivery settings.</summary>
internal static class FanOutBenchmark
{
    public sealed record Result(int Messages, int Chats, TimeSpan Elapsed, double PerSecond, double FractionOfAllowed, int TooManyRequests, int Lost, long PeakMemoryMb);

    public static async Task<Result> RunAsync(int chats, int messages)
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = new BotUnderBench();
        await bot.PrepareAsync();
        var users = Enumerable.Range(0, chats).Select(i => api.NewUser($"Клиент {i}")).ToList();
        await EnqueueAsync(bot.ConnectionString, Enumerable.Range(0, messages).Select(i => new SendText(users[i % chats].ChatId, $"Уведомление {i}")));

        await bot.StartAsync(api);
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds((messages / 20.0) + 120);
        while (users.Sum(user => user.BotMessages.Count) < messages && clock.Elapsed < deadline)
        {
            await Task.Delay(50);
        }

        // The rate Telegram saw: from its first accepted message to its last.
        var accepted = api.Calls.Where(call => call.Method == "sendMessage" && call.ErrorCode is null).Select(call => call.At).ToList();
        var elapsed = accepted.Count > 1 ? accepted[^1] - accepted[0] : clock.Elapsed;
        var delivered = users.SelectMany(user => user.BotMessages).Select(m => m.Text).Distinct().Count();
        var perSecond = (accepted.Count - 1) / elapsed.TotalSeconds;
        return new Result(messages, chats, elapsed, perSecond, perSecond / api.Options.Flood.GlobalPerSecond,
            api.Calls.Count(call => call.ErrorCode == 429), messages - delivered, HostMemory.PeakMb(bot.Process));
    }

    private static async Task EnqueueAsync(string connectionString, IEnumerable<Outgoing> notifications)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var session = new DbSession(dataSource);
        await session.BeginAsync(CancellationToken.None);
        await new OutboxWriter(session).EnqueueAsync(notifications, DateTimeOffset.UtcNow, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }
}
