namespace Bot.Core.Calendar;

/// <summary>The work calendar as of now, from wherever the production calendar is kept.</summary>
public interface IWorkCalendarSource
{
    Task<WorkCalendar> CurrentAsync(CancellationToken cancellationToken);
}
