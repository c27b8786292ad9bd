using Bot.Storage.Housekeeping;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>Nightly: deletes handled updates and delivered replies older than a week. Thin on purpose: the
/// work is in <see cref="RetentionRepository"/>. Never two at once in the cluster.</summary>
[DisallowConcurrentExecution]
public sealed class HousekeepingJob(RetentionRepository retention, ILogger<HousekeepingJob> log, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("housekeeping");
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var run = new JobRun(Key.Name, context.Trigger.Key.Name, context.ScheduledFireTimeUtc, now, context.Scheduler.SchedulerInstanceId);
        var (updates, replies) = await retention.PurgeAsync(now - Retention, run, cancellationToken);
        log.LogInformation("Housekeeping deleted {Updates} handled updates and {Replies} delivered replies", updates, replies);
    }
}
