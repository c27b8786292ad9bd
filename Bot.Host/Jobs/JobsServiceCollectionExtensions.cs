using System.Data.Common;
using Bot.Host.Calendar;
using Bot.Core.Digests;
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
        var zone = TimeZoneInfo.FindSystemTimeZoneById(firmTimeZone);
        services.AddQuartz(quartz =>
        {
            // A firing missed while every instance was down runs once at the next start.
            void Cron(JobKey job, string identity, string cron) => quartz.AddTrigger(trigger => trigger.ForJob(job).WithIdentity(identity)
                .WithCronSchedule(cron, schedule => schedule.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            void AtStart(JobKey job, string identity) => quartz.AddTrigger(trigger => trigger.ForJob(job).WithIdentity(identity).StartNow());

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
            Cron(HousekeepingJob.Key, "housekeeping-nightly", "0 30 3 * * ?");
            quartz.AddJob<OrphanSweepJob>(job => job.WithIdentity(OrphanSweepJob.Key).StoreDurably());
            Cron(OrphanSweepJob.Key, "orphan-sweep-hourly", "0 40 * * * ?");
            quartz.AddJob<CalendarGapJob>(job => job.WithIdentity(CalendarGapJob.Key).StoreDurably());
            AtStart(CalendarGapJob.Key, "calendar-gaps-at-start");
            Cron(CalendarGapJob.Key, "calendar-gaps-daily", "0 0 8 * * ?");
            quartz.AddJob<DeadlineReminderJob>(job => job.WithIdentity(DeadlineReminderJob.Key).StoreDurably());
            AtStart(DeadlineReminderJob.Key, "deadline-reminders-at-start");
            Cron(DeadlineReminderJob.Key, "deadline-reminders-quarter-hourly", "0 */15 * * * ?");
            quartz.AddJob<NotificationReminderJob>(job => job.WithIdentity(NotificationReminderJob.Key).StoreDurably());
            AtStart(NotificationReminderJob.Key, "notification-reminders-at-start");
            Cron(NotificationReminderJob.Key, "notification-reminders-hourly", "0 5 * * * ?");
            quartz.AddJob<EventReminderJob>(job => job.WithIdentity(EventReminderJob.Key).StoreDurably());
            AtStart(EventReminderJob.Key, "event-reminders-at-start");
            Cron(EventReminderJob.Key, "event-reminders-hourly", "0 10 * * * ?");
            quartz.AddJob<OnboardingReminderJob>(job => job.WithIdentity(OnboardingReminderJob.Key).StoreDurably());
            AtStart(OnboardingReminderJob.Key, "onboarding-reminders-at-start");
            Cron(OnboardingReminderJob.Key, "onboarding-reminders-hourly", "0 20 * * * ?");
            quartz.AddJob<DigestJob>(job => job.WithIdentity(DigestJob.Key).StoreDurably());
            Cron(DigestJob.Key, "digests-scheduled", digestCron);
        });
        services.AddSingleton<OutboxRound>();
        services.AddSingleton<IDigestChart, DigestChartRenderer>();
        services.AddSingleton<CalendarGapNotifier>();
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
