using Bot.Storage.Files;
using Bot.Storage.Housekeeping;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>Hourly: removes kept bytes no row names after <c>Files:OrphanHours</c> (<see cref="OrphanSweeper"/>).
/// Once in the cluster: every instance shares the one store. Each run is recorded in job_runs.</summary>
[DisallowConcurrentExecution]
public sealed class OrphanSweepJob(OrphanSweeper sweeper, JobRunLog runs, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("orphan-sweep");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sweep = await sweeper.SweepAsync(now, cancellationToken);
        await runs.RecordAsync(new JobRun(Key.Name, context.Trigger.Key.Name, context.ScheduledFireTimeUtc, now, context.Scheduler.SchedulerInstanceId,
            $"examined {sweep.Examined} kept files, {sweep.PastGrace} past the grace period, removed {sweep.Removed}"
            + (sweep.Failed > 0 ? $", {sweep.Failed} left for the next sweep" : "")), cancellationToken);
    }
}
