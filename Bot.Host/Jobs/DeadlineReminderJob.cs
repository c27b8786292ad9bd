using Bot.Core.Deadlines;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>At start and every 15 minutes: deadline reminders and escalations. Thin on purpose: the rules are
/// in Core's <see cref="DeadlineReminders"/>, which does nothing outside working hours.</summary>
[DisallowConcurrentExecution]
internal sealed class DeadlineReminderJob(OutboxRound round, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("deadline-reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await round.RunAsync("Deadline reminders", (services, token) => services.GetRequiredService<DeadlineReminders>().DueAsync(time.GetUtcNow(), token), cancellationToken);
}
