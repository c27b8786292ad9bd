using Bot.Core.Agenda;
using Bot.Core.Calendar;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.CalendarBuilder;

namespace Bot.Core.Tests.Agenda;

/// <summary>The dates an agreed event falls on: once, on a day of every month (the last day of a shorter month), or on
/// the same working day of every month by the production calendar; never before its first date.</summary>
public sealed class EventOccurrencesTests
{
    private static readonly WorkCalendar Calendar = FirmCalendar();

    [Fact]
    public void A_monthly_event_on_the_31st_falls_on_the_last_day_of_shorter_months()
    {
        var dates = EventOccurrences.Between(Event(EventRepeat.MonthlyDay, "31.01.2026", 31), Day("01.01.2026"), Day("30.04.2026"), Calendar);

        Assert.Equal([Day("31.01.2026"), Day("28.02.2026"), Day("31.03.2026"), Day("30.04.2026")], dates);
    }

    [Fact]
    public void The_fifth_working_day_of_January_comes_after_the_New_Year_holidays()
    {
        var dates = EventOccurrences.Between(Event(EventRepeat.MonthlyWorkingDay, "05.12.2025", 5), Day("01.12.2025"), Day("28.02.2026"), Calendar);

        Assert.Equal([Day("05.12.2025"), Day("16.01.2026"), Day("06.02.2026")], dates);
    }

    [Fact]
    public void Nothing_falls_before_the_first_date_and_a_one_off_event_only_on_its_day()
    {
        Assert.Empty(EventOccurrences.Between(Event(EventRepeat.MonthlyDay, "15.03.2026", 10), Day("01.03.2026"), Day("31.03.2026"), Calendar));
        Assert.Equal([Day("24.03.2026")], EventOccurrences.Between(Event(EventRepeat.Once, "24.03.2026", 0), Day("20.03.2026"), Day("03.04.2026"), Calendar));
        Assert.Empty(EventOccurrences.Between(Event(EventRepeat.Once, "24.03.2026", 0), Day("25.03.2026"), Day("03.04.2026"), Calendar));
    }

    [Theory]
    [InlineData("12.01.2026", 1)]
    [InlineData("16.01.2026", 5)]
    [InlineData("10.03.2026", 6)]
    [InlineData("09.03.2026", 0)]
    [InlineData("07.03.2026", 0)]
    public void A_dates_working_day_number_counts_the_months_working_days_up_to_it(string date, int number) =>
        Assert.Equal(number, EventOccurrences.WorkingDayNumber(Day(date), Calendar));

    private static AgreedEvent Event(EventRepeat repeat, string startsOn, int number) =>
        new(1, 1, "Передать первичные документы", "", Day(startsOn), null, repeat, number, 1, "Мария");
}
