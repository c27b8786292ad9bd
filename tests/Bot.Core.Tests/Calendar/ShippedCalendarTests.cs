using Bot.Core.Calendar;
using static Bot.Core.Tests.Builders.CalendarBuilder;

namespace Bot.Core.Tests.Calendar;

/// <summary>The shipped files against the decrees' facts, written out independently of the files.</summary>
public sealed class ShippedCalendarTests
{
    public static TheoryData<int, string[], string[], string[]> Decrees => new()
    {
        {
            2025,
            ["01.01", "02.01", "03.01", "06.01", "07.01", "08.01", "01.05", "02.05", "08.05", "09.05", "12.06", "13.06", "03.11", "04.11", "31.12"],
            ["01.11"],
            ["07.03", "30.04", "11.06", "01.11"]
        },
        {
            2026,
            ["01.01", "02.01", "05.01", "06.01", "07.01", "08.01", "09.01", "23.02", "09.03", "01.05", "11.05", "12.06", "04.11", "31.12"],
            [],
            ["30.04", "08.05", "11.06", "03.11"]
        },
    };

    [Theory]
    [MemberData(nameof(Decrees))]
    public void Every_date_of_the_year_is_classified_as_the_decree_says(int year, string[] weekdaysOff, string[] workingWeekends, string[] shortened)
    {
        var file = Shipped(year);

        foreach (var date in file.Dates())
        {
            var dayMonth = date.ToString("dd.MM", System.Globalization.CultureInfo.InvariantCulture);
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var expected = shortened.Contains(dayMonth) ? DayKind.Shortened
                : weekdaysOff.Contains(dayMonth) || (weekend && !workingWeekends.Contains(dayMonth)) ? DayKind.DayOff
                : DayKind.Working;
            Assert.True(expected == file.Classify(date), $"{date:dd.MM.yyyy}: expected {expected}, the file says {file.Classify(date)}");
        }
    }

    [Theory]
    [InlineData(2025, 247, false)]
    [InlineData(2026, 247, false)]
    [InlineData(2027, 249, true)]
    public void Each_year_has_the_decrees_number_of_working_days_and_2027_is_provisional(int year, int workingDays, bool provisional)
    {
        var file = Shipped(year);

        Assert.Equal((workingDays, provisional), (file.WorkingDayCount(), file.Provisional));
    }
}
