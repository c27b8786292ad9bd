using Bot.Core.Calendar;
using Bot.Core.Firm;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Builders;

/// <summary>The shipped production calendars (copied next to the tests) and work calendars built on them.</summary>
internal static class CalendarBuilder
{
    public static CalendarYear Shipped(int year) =>
        ProductionCalendarFile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "calendar", $"{year}.xml")));

    public static WorkCalendar FirmCalendar(string timeZone = "Europe/Moscow", DateTimeOffset? now = null) =>
        new([Shipped(2025), Shipped(2026), Shipped(2027)],
            new FirmOptions { TimeZone = timeZone },
            new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(3))));

    /// <summary>A moment in Moscow time, e.g. <c>Msk("27.11.2026 19:00")</c>.</summary>
    public static DateTimeOffset Msk(string moment) => At(moment, 3);

    public static DateTimeOffset At(string moment, int utcOffsetHours) =>
        new(DateTime.ParseExact(moment, "dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(utcOffsetHours));

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
