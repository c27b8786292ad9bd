using Bot.EndToEnd.Tests.Support;
using Bot.Host.Jobs;
using Bot.Storage.Files;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Bot.EndToEnd.Tests;

/// <summary>Quartz's clustered store: a firing due while every instance was down runs once at the next
/// start, however many instances start; the orphan sweep among them.</summary>
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

    [Fact]
    public async Task The_orphan_sweep_runs_once_for_two_instances_and_removes_only_old_bytes_no_row_names()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        var store = bot.Instances[0].Services.GetRequiredService<IContentStore>();
        var orphan = await store.PutAsync(new MemoryStream("скан из отменённой формы"u8.ToArray()), 1000, CancellationToken.None);
        var named = await store.PutAsync(new MemoryStream("скан паспорта"u8.ToArray()), 1000, CancellationToken.None);
        foreach (var kept in new[] { orphan, named })
        {
            File.SetLastWriteTimeUtc(Path.Combine(bot.FilesRoot, kept.Sha256[..2], kept.Sha256[2..4], kept.Sha256), DateTime.UtcNow.AddDays(-2));
        }

        await using (var connection = new NpgsqlConnection(bot.DatabaseConnectionString))
        {
            await connection.ExecuteAsync(
                "INSERT INTO stored_files (sha256, size_bytes, file_name, mime_type, sent_as, uploaded_by, created_at) VALUES (@Sha256, @Size, 'Паспорт.jpg', 'image/jpeg', 'photo', 5001, now())",
                new { named.Sha256, named.Size });
        }

        await bot.StopHostAsync();
        await ScheduleWhileDownAsync(bot, DateTimeOffset.UtcNow.AddSeconds(1), OrphanSweepJob.Key);
        await Task.WhenAll(bot.StartHostAsync(), bot.StartHostAsync());

        await Eventually.HoldsAsync(() => Runs(bot) > 0, TimeSpan.FromSeconds(30), "the sweep to fire");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, Runs(bot));
        Assert.Equal("examined 2 kept files, 2 past the grace period, removed 1", Details(bot));
        Assert.False(await store.ContainsAsync(orphan.Sha256, CancellationToken.None));
        Assert.True(await store.ContainsAsync(named.Sha256, CancellationToken.None));
    }

    /// <summary>Stores a one-off trigger through a scheduler that is never started, as an operator's tool would.</summary>
    private static async Task ScheduleWhileDownAsync(BotUnderTest bot, DateTimeOffset at, JobKey? job = null)
    {
        using var offline = bot.BuildHost();
        var scheduler = await offline.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity("test-once").ForJob(job ?? HousekeepingJob.Key).StartAt(at).Build());
        await scheduler.Shutdown();
    }

    private static int Runs(BotUnderTest bot)
    {
        using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return connection.ExecuteScalar<int>("SELECT count(*) FROM job_runs WHERE trigger_name = 'test-once'");
    }

    private static string? Details(BotUnderTest bot)
    {
        using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return connection.ExecuteScalar<string>("SELECT details FROM job_runs WHERE trigger_name = 'test-once'");
    }
}
