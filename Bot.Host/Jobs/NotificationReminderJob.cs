using Bot.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>At start and every hour: unanswered notifications reminded once. Thin on purpose: the rules are in
/// Core's <see cref="NotificationReminders"/>, which does nothing outside working hours.</summary>
[DisallowConcurrentExecution]
internal sealed class NotificationReminderJob(OutboxRound round, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("notification-reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await round.RunAsync("Notification reminders", (services, token) => services.GetRequiredService<NotificationReminders>().DueAsync(time.GetUtcNow(), token), cancellationToken);
}
