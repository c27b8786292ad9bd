using Bot.Host.Digests;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>The managers' morning digest (Digests:Cron). Thin on purpose: the work is in Core's <c>DigestService</c>.</summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestRunner runner) : IJob
{
    public static readonly JobKey Key = new("digests");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runner.RunAsync(cancellationToken);
}
