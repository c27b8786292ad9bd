using Bot.Storage.Files;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>Hourly: removes kept bytes no row names after <c>Files:OrphanHours</c> (<see cref="OrphanSweeper"/>).
/// Once in the cluster: every instance shares the one store.</summary>
[DisallowConcurrentExecution]
public sealed class OrphanSweepJob(OrphanSweeper sweeper, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("orphan-sweep");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sweeper.SweepAsync(time.GetUtcNow(), cancellationToken);
}
