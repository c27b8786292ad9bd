using Bot.Host.Calendar;
using Quartz;

namespace Bot.Host.Jobs;

/// <summary>At start and every morning: tells the administrators about a needed year without a production
/// calendar. Thin on purpose: the work is in <see cref="CalendarGapNotifier"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class CalendarGapJob(CalendarGapNotifier notifier) : IJob
{
    public static readonly JobKey Key = new("calendar-gaps");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await notifier.NotifyAsync(cancellationToken);
}
