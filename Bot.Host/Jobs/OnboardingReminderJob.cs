using Bot.Core.Onboarding;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>At start and every hour: heads' unanswered onboarding cards reminded once, and the administrators told once after
/// <c>Onboarding:EscalateAfterWorkingDays</c>. The rules are in Core's <see cref="OnboardingReminders"/>, which does nothing
/// outside working hours.</summary>
[DisallowConcurrentExecution]
internal sealed class OnboardingReminderJob(OutboxRound round, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("onboarding-reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await round.RunAsync("Onboarding reminders", (services, token) => services.GetRequiredService<OnboardingReminders>().DueAsync(time.GetUtcNow(), token), cancellationToken);
}
