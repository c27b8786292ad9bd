using Bot.Core.Firm;

namespace Bot.Core.Calendar;

/// <summary>Working days and hours of the firm, in its time zone: the production calendar where a year has
/// one, Monday to Friday where it has none (<see cref="HasDataFor"/> tells which). A working day runs from
/// the firm's start to its end hour; a shortened day ends an hour earlier.</summary>
public sealed class WorkCalendar
{
    private static readonly TimeSpan ShortenedBy = TimeSpan.FromHours(1);
    private readonly Dictionary<int, CalendarYear> years;
    private readonly FirmOptions firm;
    private readonly TimeZoneInfo zone;
    private readonly TimeProvider time;

    public WorkCalendar(IEnumerable<CalendarYear> years, FirmOptions firm, TimeProvider time)
    {
        this.years = years.ToDictionary(year => year.Year);
        this.firm = firm;
        zone = TimeZoneInfo.FindSystemTimeZoneById(firm.TimeZone);
        this.time = time;
    }

    /// <summary>The firm's date now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(ToFirmTime(time.GetUtcNow()).DateTime);

    public bool HasDataFor(int year) => years.ContainsKey(year);

    public bool IsProvisional(int year) => !years.TryGetValue(year, out var data) || data.Provisional;

    public DayKind Classify(DateOnly date) =>
        (years.TryGetValue(date.Year, out var data) ? data : CalendarYear.Weekdays(date.Year)).Classify(date);

    public bool IsWorkingDay(DateOnly date) => Classify(date) != DayKind.DayOff;

    public TimeSpan WorkingDayLength(DateOnly date) => Classify(date) switch
    {
        DayKind.DayOff => TimeSpan.Zero,
        DayKind.Shortened => firm.WorkdayEnd - firm.WorkdayStart - ShortenedBy,
        _ => firm.WorkdayEnd - firm.WorkdayStart,
    };

    public DateTimeOffset ToFirmTime(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, zone);

    public DateTimeOffset StartOfWorkingDay(DateOnly date) => At(date, firm.WorkdayStart.ToTimeSpan());

    public DateTimeOffset EndOfWorkingDay(DateOnly date) => At(date, firm.WorkdayStart.ToTimeSpan() + WorkingDayLength(date));

    public DateTimeOffset NextWorkingMoment() => NextWorkingMoment(time.GetUtcNow());

    /// <summary>The moment itself when it falls within working hours, otherwise the start of the next
    /// working day (today's, if the moment is before it).</summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset moment)
    {
        var local = ToFirmTime(moment);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (IsWorkingDay(date))
        {
            if (local < StartOfWorkingDay(date))
            {
                return StartOfWorkingDay(date);
            }

            if (local < EndOfWorkingDay(date))
            {
                return local;
            }
        }

        return StartOfWorkingDay(AddWorkingDays(date, 1));
    }

    /// <summary>The date <paramref name="days"/> working days after the moment: a moment after the end of
    /// the working day or on a day off counts from the next working day.</summary>
    public DateOnly AddWorkingDays(DateTimeOffset moment, int days) =>
        AddWorkingDays(DateOnly.FromDateTime(NextWorkingMoment(moment).DateTime), days);

    /// <summary>The <paramref name="days"/>-th working day after the date (the date itself for 0).</summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        for (var left = days; left > 0;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>, so that
    /// counting from a date to <c>AddWorkingDays(date, n)</c> gives n; negative when <paramref name="to"/> is earlier.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -CountWorkingDays(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            count += IsWorkingDay(date) ? 1 : 0;
        }

        return count;
    }

    private DateTimeOffset At(DateOnly date, TimeSpan timeOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue) + timeOfDay;
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
