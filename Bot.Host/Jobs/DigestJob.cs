using Bot.Core.Digests;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>The managers' morning digest (Digests:Cron). Thin on purpose: the work is in Core's <see cref="DigestService"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(OutboxRound round) : IJob
{
    public static readonly JobKey Key = new("digests");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await round.RunAsync("Digests", (services, token) => services.GetRequiredService<DigestService>().ScheduledAsync(token), cancellationToken);
}
