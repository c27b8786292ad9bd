using Bot.EndToEnd.Tests.Support;
using Bot.Host.Jobs;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Bot.EndToEnd.Tests;

/// <summary>Quartz's clustered store: a firing due while every instance was down runs once at the next
/// start, however many instances start.</summary>
public sealed class ScheduledJobTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_job_due_while_the_host_was_down_fires_once_after_restart(int instances)
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await bot.StopHostAsync();
        await ScheduleWhileDownAsync(bot, DateTimeOffset.UtcNow.AddSeconds(1));
        await Task.Delay(TimeSpan.FromSeconds(2));

        for (var i = 0; i < instances; i++)
        {
            await bot.StartHostAsync();
        }

        await Eventually.HoldsAsync(() => Runs(bot) > 0, TimeSpan.FromSeconds(30), "the job to fire");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, Runs(bot));
    }

    /// <summary>Stores a one-off trigger through a scheduler that is never started, as an operator's tool would.</summary>
    private static async Task ScheduleWhileDownAsync(BotUnderTest bot, DateTimeOffset at)
    {
        using var offline = bot.BuildHost();
        var scheduler = await offline.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity("test-once").ForJob(HousekeepingJob.Key).StartAt(at).Build());
        await scheduler.Shutdown();
    }

    private static int Runs(BotUnderTest bot)
    {
        using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return connection.ExecuteScalar<int>("SELECT count(*) FROM job_runs WHERE trigger_name = 'test-once'");
    }
}
