using Bot.Core.Calendar;

namespace Bot.Core.Digests;

/// <summary>The digest's dates: the period since the previous working day's digest (and the one before, to
/// compare with), today and the next working day, and the four week-ends of the overdue trend.</summary>
public sealed record DigestPeriod(DateTimeOffset From, DateTimeOffset To, DateTimeOffset PreviousFrom, DateOnly Today, DateOnly NextWorkingDay, IReadOnlyList<DateOnly> TrendDays)
{
    public static DigestPeriod At(DateTimeOffset now, WorkCalendar calendar)
    {
        var today = DateOnly.FromDateTime(calendar.ToFirmTime(now).DateTime);
        var previous = PreviousWorkingDay(today, calendar);
        var beforeThat = PreviousWorkingDay(previous, calendar);
        var timeOfDay = calendar.ToFirmTime(now).TimeOfDay;
        return new DigestPeriod(
            Moment(previous, timeOfDay, calendar, now), now.ToUniversalTime(), Moment(beforeThat, timeOfDay, calendar, now), today, calendar.AddWorkingDays(today, 1),
            [today.AddDays(-21), today.AddDays(-14), today.AddDays(-7), today]);
    }

    private static DateOnly PreviousWorkingDay(DateOnly day, WorkCalendar calendar)
    {
        var date = day.AddDays(-1);
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    /// <summary>The same time of day on an earlier date (the firm's zone offset as of now is close enough for a digest).</summary>
    private static DateTimeOffset Moment(DateOnly day, TimeSpan timeOfDay, WorkCalendar calendar, DateTimeOffset now)
    {
        var local = calendar.ToFirmTime(now);
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue) + timeOfDay, local.Offset).ToUniversalTime();
    }
}
