using System.Data.Common;
using Bot.Host.Calendar;
using Bot.Core.Digests;
using Bot.Host.Deadlines;
using Bot.Host.Digests;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Host.Jobs;

public static class JobsServiceCollectionExtensions
{
    public const string SchedulerName = "BotCabinet";

    /// <summary>Quartz with its persistent, clustered job store in the bot's PostgreSQL: a job fires once in
    /// the cluster and survives restarts; a firing missed while every instance was down runs at the next
    /// start. Quartz creates its own tables (qrtz_*) if they are missing.</summary>
    public static IServiceCollection AddBotJobs(this IServiceCollection services, string firmTimeZone, string digestCron)
    {
        services.AddSingleton<DbDataSource>(provider => provider.GetRequiredService<NpgsqlDataSource>());
        services.AddQuartz(quartz =>
        {
            // The name is the cluster's (sched_name in Quartz's tables); a clustered scheduler derives each
            // instance's own id at start.
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerName);
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(source => source.UseRegisteredDataSource = true);
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = TimeSpan.FromSeconds(5);
                    cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                });
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            quartz.AddJob<HousekeepingJob>(job => job.WithIdentity(HousekeepingJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(HousekeepingJob.Key)
                .WithIdentity("housekeeping-nightly")
                .WithCronSchedule("0 30 3 * * ?", cron => cron.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(firmTimeZone)).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            quartz.AddJob<CalendarGapJob>(job => job.WithIdentity(CalendarGapJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(CalendarGapJob.Key)
                .WithIdentity("calendar-gaps-at-start")
                .StartNow());
            quartz.AddTrigger(trigger => trigger
                .ForJob(CalendarGapJob.Key)
                .WithIdentity("calendar-gaps-daily")
                .WithCronSchedule("0 0 8 * * ?", cron => cron.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(firmTimeZone)).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            quartz.AddJob<DeadlineReminderJob>(job => job.WithIdentity(DeadlineReminderJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(DeadlineReminderJob.Key)
                .WithIdentity("deadline-reminders-at-start")
                .StartNow());
            quartz.AddTrigger(trigger => trigger
                .ForJob(DeadlineReminderJob.Key)
                .WithIdentity("deadline-reminders-quarter-hourly")
                .WithCronSchedule("0 */15 * * * ?", cron => cron.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(firmTimeZone)).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            quartz.AddJob<DigestJob>(job => job.WithIdentity(DigestJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(DigestJob.Key)
                .WithIdentity("digests-scheduled")
                .WithCronSchedule(digestCron, cron => cron.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(firmTimeZone)).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        services.AddSingleton<DigestRunner>();
        services.AddSingleton<IDigestChart, DigestChartRenderer>();
        services.AddSingleton<CalendarGapNotifier>();
        services.AddSingleton<DeadlineReminderRunner>();
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
