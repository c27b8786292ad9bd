using Bot.Core.Calendar;

namespace Bot.Core.Tests.Builders;

internal sealed class FixedCalendarSource(WorkCalendar calendar) : IWorkCalendarSource
{
    public Task<WorkCalendar> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(calendar);
}
