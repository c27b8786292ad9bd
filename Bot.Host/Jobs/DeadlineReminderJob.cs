using Bot.Host.Deadlines;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>At start and every 15 minutes: deadline reminders and escalations. Thin on purpose: the rules are
/// in Core's <c>DeadlineReminders</c>, which does nothing outside working hours.</summary>
[DisallowConcurrentExecution]
internal sealed class DeadlineReminderJob(DeadlineReminderRunner runner) : IJob
{
    public static readonly JobKey Key = new("deadline-reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runner.RunAsync(cancellationToken);
}
