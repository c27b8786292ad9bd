namespace Bot.Core.Calendar;

/// <summary>One year of the production calendar: the dates that differ from a plain Monday–Friday week.
/// <paramref name="Provisional"/> marks a year loaded before its government decree was published.</summary>
public sealed record CalendarYear(int Year, IReadOnlyDictionary<DateOnly, CalendarMark> Marks, bool Provisional)
{
    /// <summary>A year without data: Monday to Friday, nothing moved.</summary>
    public static CalendarYear Weekdays(int year) => new(year, new Dictionary<DateOnly, CalendarMark>(), Provisional: true);

    public DayKind Classify(DateOnly date)
    {
        if (date.Year != Year)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Not a date of {Year}.");
        }

        return Marks.TryGetValue(date, out var mark)
            ? mark switch
            {
                CalendarMark.DayOff => DayKind.DayOff,
                CalendarMark.Shortened => DayKind.Shortened,
                _ => DayKind.Working,
            }
            : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.DayOff : DayKind.Working;
    }

    public IEnumerable<DateOnly> Dates()
    {
        for (var date = new DateOnly(Year, 1, 1); date.Year == Year; date = date.AddDays(1))
        {
            yield return date;
        }
    }

    public int WorkingDayCount() => Dates().Count(date => Classify(date) != DayKind.DayOff);
}
