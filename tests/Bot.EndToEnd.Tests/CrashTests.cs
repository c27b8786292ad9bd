using Bot.Core.Messaging;
using Bot.EndToEnd.Tests.Support;
using Bot.Testing.Hosting;
using Bot.FakeTelegram;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.Limits;
using Bot.Storage.Connection;
using Bot.Storage.Outbox;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;
using Xunit.Abstractions;

namespace Bot.EndToEnd.Tests;

/// <summary>The host process killed with SIGKILL in the middle of a burst, then started again.</summary>
public sealed class CrashTests(TestDatabase database, ITestOutputHelper output) : IClassFixture<TestDatabase>
{
    private const int Users = 200;
    private const int MessagesPerUser = 5;
    private const int Notifications = 500;

    [Fact]
    public async Task A_host_killed_mid_burst_loses_nothing_and_handles_no_update_twice()
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Unlimited });
        var users = Enumerable.Range(0, Users).Select(i => api.NewUser($"Клиент {i}")).ToList();
        var environment = Environment(api);
        var host = HostProcess.StartInBackground(environment);
        int deliveredAtKill;
        try
        {
            await EnqueueNotificationsAsync(users);
            for (var round = 0; round < MessagesPerUser; round++)
            {
                users.ForEach(user => user.SendText($"сообщение {round}"));
            }

            await Eventually.HoldsAsync(() => Delivered(users) >= 300, TimeSpan.FromSeconds(60), "the burst to get going");
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            deliveredAtKill = Delivered(users);
            host.Dispose();

            host = HostProcess.StartInBackground(environment);
            await Eventually.HoldsAsync(() => users.All(user => Replies(user) >= MessagesPerUser) && NotificationsDelivered(users) == Notifications, TimeSpan.FromSeconds(120), "every reply and notification");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            host.Dispose();
        }

        var duplicates = Delivered(users) - (Users * MessagesPerUser) - Notifications;
        output.WriteLine($"Delivered before the kill: {deliveredAtKill}; duplicates after restart: {duplicates}");
        Assert.InRange(deliveredAtKill, 300, (Users * MessagesPerUser) + Notifications - 1);
        Assert.InRange(duplicates, 0, 20);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        Assert.Equal(Users * MessagesPerUser, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM inbox_updates WHERE handled_at IS NOT NULL"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM inbox_updates WHERE handled_at IS NULL"));
        Assert.Equal(Users * MessagesPerUser, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM outbox_messages WHERE payload->>'html' LIKE 'Я не понял%'"));
    }

    private Dictionary<string, string> Environment(FakeBotApi api) => new(HostProcess.Environment(api.Token, api.BaseUrl, database.ConnectionString))
    {
        ["Delivery__GlobalPerSecond"] = "1000",
        ["Delivery__PerChatPerSecond"] = "100",
        ["Delivery__PerChatBurst"] = "10",
    };

    /// <summary>Notifications are written the way every feature writes them: into the outbox, in a transaction.</summary>
    private async Task EnqueueNotificationsAsync(List<FakeUser> users)
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        var notifications = Enumerable.Range(0, Notifications).Select(i => new SendText(users[i % users.Count].ChatId, $"Уведомление {i}"));
        await new OutboxWriter(session).EnqueueAsync(notifications, DateTimeOffset.UtcNow, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    private static int Delivered(List<FakeUser> users) => users.Sum(user => user.BotMessages.Count);

    private static int Replies(FakeUser user) => user.BotMessages.Count(m => m.Text!.StartsWith("Я не понял", StringComparison.Ordinal));

    private static int NotificationsDelivered(List<FakeUser> users) =>
        users.SelectMany(user => user.BotMessages).Where(m => m.Text!.StartsWith("Уведомление", StringComparison.Ordinal)).Select(m => m.Text).Distinct().Count();
}
