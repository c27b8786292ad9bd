using System.Globalization;
using System.Text;
using Bot.Core.Calendar;
using Bot.Storage.Calendar;

namespace Bot.Host.Calendar;

/// <summary>The text of <c>calendar show YEAR</c>.</summary>
internal static class CalendarReport
{
    public static string Describe(int year, StoredCalendarYear? stored)
    {
        if (stored is null)
        {
            var weekdays = CalendarYear.Weekdays(year);
            return $"""
                {year}: NO DATA — counted Monday to Friday, without holidays or moved days ({weekdays.WorkingDayCount()} working days).
                Load the year's calendar with: calendar import FILE

                """;
        }

        var calendar = stored.Year;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{year}: {calendar.WorkingDayCount()} working days{(calendar.Provisional ? " — PROVISIONAL: no decree yet" : "")}");
        report.AppendLine(CultureInfo.InvariantCulture, $"from {stored.Source}, imported {stored.ImportedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine(CultureInfo.InvariantCulture, $"days off on weekdays: {List(calendar, date => calendar.Classify(date) == DayKind.DayOff && !IsWeekend(date))}");
        report.AppendLine(CultureInfo.InvariantCulture, $"shortened days:       {List(calendar, date => calendar.Classify(date) == DayKind.Shortened)}");
        report.AppendLine(CultureInfo.InvariantCulture, $"working weekend days: {List(calendar, date => calendar.Classify(date) != DayKind.DayOff && IsWeekend(date))}");
        return report.ToString();
    }

    private static string List(CalendarYear calendar, Func<DateOnly, bool> which)
    {
        var dates = calendar.Dates().Where(which).Select(date => date.ToString("dd.MM ddd", CultureInfo.InvariantCulture)).ToList();
        return dates.Count == 0 ? "none" : string.Join(", ", dates);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
