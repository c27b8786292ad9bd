using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Tests.Builders;

namespace Bot.Core.Tests.Conversations;

public sealed class MonthPickerTests
{
    [Fact]
    public void December_2026_marks_past_days_days_off_and_the_chosen_day()
    {
        var rows = MonthPicker.Rows(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 7), CalendarBuilder.FirmCalendar(), 4, RussianRequestFormTexts.Instance);

        var days = rows.Skip(2).Select(row => string.Join(" ", row.Select(button => button.Text))).ToList();
        Assert.Equal("· Декабрь 2026 ›", string.Join(" ", rows[0].Select(button => button.Text)));
        Assert.Equal("· · 2 3 4 (5) (6)", days[0]);
        Assert.Equal("[7] 8 9 10 11 (12) (13)", days[1]);
        Assert.Equal("28 29 30 (31) · · ·", days[^1]);
        Assert.Equal("f:4:day:20261208", rows[3][1].Data);
        Assert.Equal("f:4:month:20270101", rows[0][2].Data);
        Assert.True(rows.Sum(row => row.Count) <= 100);
    }

    [Fact]
    public void The_new_year_holidays_of_january_2027_are_days_off()
    {
        var rows = MonthPicker.Rows(new DateOnly(2027, 1, 1), new DateOnly(2026, 12, 2), new DateOnly(2027, 1, 11), CalendarBuilder.FirmCalendar(), 1, RussianRequestFormTexts.Instance);

        Assert.Equal("‹", rows[0][0].Text);
        Assert.Equal("· · · · (1) (2) (3)", string.Join(" ", rows[2].Select(button => button.Text)));
        Assert.Equal("(4) (5) (6) (7) (8) (9) (10)", string.Join(" ", rows[3].Select(button => button.Text)));
        Assert.Equal("[11]", rows[4][0].Text);
    }
}
