using Bot.Core.Calendar;
using Quartz;


namespace Bot.Demo.Clock;

/// <summary>Moves the demo's clock by the production calendar and runs the timed jobs at once (reminders, escalations,
/// the digest), as their schedules would have when that time came.</summary>
public sealed class ClockControl(DemoClock clock, IWorkCalendarSource calendars, ISchedulerFactory schedulers)
{
    /// <summary>Jobs that are upkeep, not something a person would see.</summary>
    private static readonly HashSet<string> Upkeep = ["housekeeping", "calendar-gaps"];

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<DateTimeOffset> MoveAsync(ClockMove move, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(cancellationToken);
        clock.MoveTo(move switch
        {
            ClockMove.NextWorkingDay => SameTimeNextWorkingDay(calendar),
            _ => NextWorkdayStart(calendar),
        });

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var job in await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken))
        {
            if (!Upkeep.Contains(job.Name))
            {
                await scheduler.TriggerJob(job, cancellationToken);
            }
        }

        return clock.GetUtcNow();
    }

    private DateTimeOffset SameTimeNextWorkingDay(WorkCalendar calendar)
    {
        var now = calendar.ToFirmTime(clock.GetUtcNow());
        var next = calendar.StartOfWorkingDay(calendar.AddWorkingDays(calendar.Today, 1));
        return next + (now.TimeOfDay - calendar.ToFirmTime(next).TimeOfDay);
    }

    private DateTimeOffset NextWorkdayStart(WorkCalendar calendar)
    {
        var today = calendar.Today;
        var start = calendar.StartOfWorkingDay(today);
        return calendar.IsWorkingDay(today) && start > clock.GetUtcNow() ? start : calendar.StartOfWorkingDay(calendar.AddWorkingDays(today, 1));
    }
}
