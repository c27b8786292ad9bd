using Bot.Core.Messaging;
using Bot.EndToEnd.Tests.Support;
using Bot.Storage.Connection;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using System.Net;

namespace Bot.EndToEnd.Tests;

/// <summary>Several instances of the host on one database and one bot.</summary>
public sealed class InstanceTests
{
    [Fact]
    public async Task Two_instances_started_together_on_an_empty_database_both_come_up_ready()
    {
        await using var bot = new BotUnderTest { FirstInstances = 2 };
        await bot.InitializeAsync();

        foreach (var host in bot.Instances)
        {
            using var http = new HttpClient { BaseAddress = BotUnderTest.AddressOf(host) };
            using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.Equal(SchedulerStatus.Running, await scheduler.GetStatus());
            await Eventually.HoldsAsync(async () => (await scheduler.QueryClusterNodes()).Count == 2, TimeSpan.FromSeconds(15), "both schedulers to join the cluster");
        }

        var user = bot.Api.NewUser();
        user.SendCommand("start");
        Assert.StartsWith("Здравствуйте", (await user.NextMessageAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Of_two_polling_instances_one_polls_and_the_other_takes_over_when_it_stops()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        var second = await bot.StartHostAsync();
        var user = bot.Api.NewUser();

        user.SendCommand("start");
        await user.NextMessageAsync();
        var conflictsWhileBothRan = bot.Api.Calls.Count(call => call.ErrorCode == 409);
        var first = await FirstPollerAsync(bot, second);
        await bot.StopHostAsync(first);
        user.SendCommand("help");
        var help = await user.NextMessageAsync(TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.StartsWith("Команды:", help.Text, StringComparison.Ordinal);
        Assert.Equal(2, user.BotMessages.Count);
        Assert.Equal(0, conflictsWhileBothRan);
    }

    [Fact]
    public async Task Two_sending_instances_share_telegrams_global_rate_without_a_429()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await bot.StartHostAsync();
        var users = Enumerable.Range(0, 120).Select(i => bot.Api.NewUser($"Клиент {i}")).ToList();
        await Eventually.HoldsAsync(
            () => bot.Logs.AllText.Split("Sending at 1/2 of Telegram's global rate").Length - 1 >= 2, TimeSpan.FromSeconds(30), "both instances to take their half");

        await using (var dataSource = NpgsqlDataSource.Create(bot.DatabaseConnectionString))
        await using (var session = new DbSession(dataSource))
        {
            await session.BeginAsync(CancellationToken.None);
            await new OutboxWriter(session).EnqueueAsync(users.Select(user => new SendText(user.ChatId, "Новый документ: акт сверки")), DateTimeOffset.UtcNow, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await Eventually.HoldsAsync(() => users.All(user => user.BotMessages.Count == 1), TimeSpan.FromSeconds(30), "every notification");

        Assert.DoesNotContain(bot.Api.Calls, call => call.ErrorCode == 429);
    }

    [Fact]
    public async Task Two_sending_instances_keep_one_chat_within_its_limit()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await bot.StartHostAsync();
        var user = bot.Api.NewUser();

        await using (var dataSource = NpgsqlDataSource.Create(bot.DatabaseConnectionString))
        await using (var session = new DbSession(dataSource))
        {
            await session.BeginAsync(CancellationToken.None);
            await new OutboxWriter(session).EnqueueAsync(Enumerable.Range(1, 8).Select(i => new SendText(user.ChatId, $"Уведомление {i}")), DateTimeOffset.UtcNow, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await Eventually.HoldsAsync(() => user.BotMessages.Count == 8, TimeSpan.FromSeconds(30), "every notification");

        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"Уведомление {i}"), user.BotMessages.Select(m => m.Text));
        Assert.DoesNotContain(bot.Api.Calls, call => call.ErrorCode == 429);
    }

    /// <summary>The instance that is not <paramref name="standby"/>: the one started first took the lease.</summary>
    private static Task<Microsoft.Extensions.Hosting.IHost> FirstPollerAsync(BotUnderTest bot, Microsoft.Extensions.Hosting.IHost standby) =>
        Task.FromResult(bot.Instances.Single(host => host != standby));
}
