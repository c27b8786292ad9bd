namespace Bot.Core.Calendar;

/// <summary>Which years must have calendar data by now: this year, and from December the next one, which
/// deadlines filed in December already reach.</summary>
public static class CalendarCoverage
{
    public static IEnumerable<int> YearsNeeded(DateOnly today) =>
        today.Month == 12 ? [today.Year, today.Year + 1] : [today.Year];

    public static IEnumerable<int> MissingYears(WorkCalendar calendar) =>
        YearsNeeded(calendar.Today).Where(year => !calendar.HasDataFor(year));
}
