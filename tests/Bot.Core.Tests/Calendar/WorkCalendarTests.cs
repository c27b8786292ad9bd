using Bot.Core.Calendar;
using static Bot.Core.Tests.Builders.CalendarBuilder;

namespace Bot.Core.Tests.Calendar;

public sealed class WorkCalendarTests
{
    [Theory]
    [InlineData("30.12.2025 10:00", 1, "12.01.2026")] // across New Year: 31 Dec 2025 and 1–11 Jan 2026 are off
    [InlineData("31.10.2025 12:00", 1, "01.11.2025")] // Saturday 1 Nov 2025 is a working day
    [InlineData("31.10.2025 12:00", 2, "05.11.2025")] // … and 3–4 Nov are off
    [InlineData("27.11.2026 12:00", 1, "30.11.2026")] // a Friday in working hours counts from Friday
    [InlineData("27.11.2026 19:00", 1, "01.12.2026")] // a Friday evening counts from Monday
    [InlineData("28.11.2026 11:00", 1, "01.12.2026")] // a Saturday counts from Monday
    [InlineData("31.12.2026 10:00", 1, "12.01.2027")] // from 31 Dec 2026, a day off, into (provisional) 2027
    [InlineData("30.04.2026 17:30", 1, "05.05.2026")] // after the end of a shortened day (17:00)
    [InlineData("30.04.2026 16:30", 1, "04.05.2026")] // … but within it
    [InlineData("27.11.2026 08:00", 0, "27.11.2026")] // before opening counts from the same day
    public void Working_days_are_added_in_moscow_from_the_next_working_moment(string filed, int days, string due)
    {
        Assert.Equal(Day(due), FirmCalendar().AddWorkingDays(Msk(filed), days));
    }

    [Fact]
    public void The_same_instant_counts_from_the_firms_own_time_zone()
    {
        var instant = At("27.11.2026 08:30", 0); // 11:30 in Moscow, 18:30 in Vladivostok

        Assert.Equal(Day("30.11.2026"), FirmCalendar("Europe/Moscow").AddWorkingDays(instant, 1));
        Assert.Equal(Day("01.12.2026"), FirmCalendar("Asia/Vladivostok").AddWorkingDays(instant, 1));
    }

    [Fact]
    public void The_next_working_moment_is_the_moment_itself_the_mornings_opening_or_the_next_working_days()
    {
        var calendar = FirmCalendar();

        Assert.Equal(Msk("27.11.2026 11:15"), calendar.NextWorkingMoment(Msk("27.11.2026 11:15")));
        Assert.Equal(Msk("27.11.2026 09:00"), calendar.NextWorkingMoment(Msk("27.11.2026 06:40")));
        Assert.Equal(Msk("30.11.2026 09:00"), calendar.NextWorkingMoment(Msk("27.11.2026 18:00")));
        Assert.Equal(Msk("11.01.2027 09:00"), calendar.NextWorkingMoment(Msk("31.12.2026 09:00")));
    }

    [Theory]
    [InlineData("29.04.2026", 9)]
    [InlineData("30.04.2026", 8)]
    [InlineData("01.11.2025", 8)]
    [InlineData("01.05.2026", 0)]
    public void A_shortened_day_is_an_hour_shorter_and_a_day_off_has_no_hours(string date, int hours)
    {
        Assert.Equal(TimeSpan.FromHours(hours), FirmCalendar().WorkingDayLength(Day(date)));
    }

    [Theory]
    [InlineData("31.12.2025", "12.01.2026", 1)]
    [InlineData("01.01.2026", "31.12.2026", 247)]
    [InlineData("31.12.2024", "31.12.2025", 247)]
    [InlineData("12.01.2026", "31.12.2025", -1)]
    public void Working_days_between_two_dates_are_counted_after_the_first_up_to_the_second(string from, string to, int count)
    {
        Assert.Equal(count, FirmCalendar().CountWorkingDays(Day(from), Day(to)));
    }

    [Fact]
    public void A_year_without_data_is_counted_monday_to_friday_and_says_so()
    {
        var calendar = FirmCalendar();

        Assert.False(calendar.HasDataFor(2028));
        Assert.True(calendar.HasDataFor(2026));
        Assert.Equal(DayKind.DayOff, calendar.Classify(Day("01.01.2028"))); // a Saturday
        Assert.Equal(DayKind.Working, calendar.Classify(Day("03.01.2028"))); // a Monday: no holidays known
    }

    [Fact]
    public void Today_is_the_firms_date_from_the_injected_clock()
    {
        var lateEveningUtc = new DateTimeOffset(2026, 11, 29, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(Day("30.11.2026"), FirmCalendar(now: lateEveningUtc).Today);
        Assert.Equal(Day("29.11.2026"), FirmCalendar("Europe/London", lateEveningUtc).Today);
    }
}
