using Bot.Core.Calendar;

namespace Bot.Core.Agenda;

/// <summary>The dates an agreed event falls on, never before its first date.</summary>
public static class EventOccurrences
{
    public static IEnumerable<DateOnly> Between(AgreedEvent agreed, DateOnly from, DateOnly to, WorkCalendar calendar)
    {
        if (agreed.Repeat == EventRepeat.Once)
        {
            if (agreed.StartsOn >= from && agreed.StartsOn <= to)
            {
                yield return agreed.StartsOn;
            }

            yield break;
        }

        var start = from > agreed.StartsOn ? from : agreed.StartsOn;
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var date = agreed.Repeat == EventRepeat.MonthlyDay
                ? new DateOnly(month.Year, month.Month, Math.Min(agreed.RepeatNumber, DateTime.DaysInMonth(month.Year, month.Month)))
                : WorkingDay(month, agreed.RepeatNumber, calendar);
            if (date is { } day && day >= start && day <= to)
            {
                yield return day;
            }
        }
    }

    /// <summary>Which working day of its month a date is (1 for the first); 0 for a day off.</summary>
    public static int WorkingDayNumber(DateOnly date, WorkCalendar calendar)
    {
        if (!calendar.IsWorkingDay(date))
        {
            return 0;
        }

        var number = 0;
        for (var day = new DateOnly(date.Year, date.Month, 1); day <= date; day = day.AddDays(1))
        {
            number += calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return number;
    }

    /// <summary>The month's <paramref name="number"/>-th working day; null when the month has fewer.</summary>
    private static DateOnly? WorkingDay(DateOnly month, int number, WorkCalendar calendar)
    {
        var count = 0;
        for (var day = month; day.Month == month.Month; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day) && ++count == number)
            {
                return day;
            }
        }

        return null;
    }
}
