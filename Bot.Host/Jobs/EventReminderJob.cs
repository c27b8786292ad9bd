using Bot.Core.Agenda;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>At start and every hour: agreed events of the next working day reminded once. The rules are in Core's
/// <see cref="EventReminders"/>, which does nothing outside working hours.</summary>
[DisallowConcurrentExecution]
internal sealed class EventReminderJob(OutboxRound round, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("event-reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await round.RunAsync("Event reminders", (services, token) => services.GetRequiredService<EventReminders>().DueAsync(time.GetUtcNow(), token), cancellationToken);
}
