using Bot.Core.Localization;

namespace Bot.Core.Tests.Calendar;

public sealed class WorkingDaysWordingTests
{
    [Theory]
    [InlineData(1, "1 рабочий день", "1 working day")]
    [InlineData(2, "2 рабочих дня", "2 working days")]
    [InlineData(4, "4 рабочих дня", "4 working days")]
    [InlineData(5, "5 рабочих дней", "5 working days")]
    [InlineData(11, "11 рабочих дней", "11 working days")]
    [InlineData(12, "12 рабочих дней", "12 working days")]
    [InlineData(21, "21 рабочий день", "21 working days")]
    [InlineData(22, "22 рабочих дня", "22 working days")]
    [InlineData(0, "0 рабочих дней", "0 working days")]
    [InlineData(111, "111 рабочих дней", "111 working days")]
    [InlineData(101, "101 рабочий день", "101 working days")]
    public void Working_days_take_the_right_plural_form(int count, string russian, string english)
    {
        Assert.Equal((russian, english), (Texts.For("ru").WorkingDays(count), Texts.For("en").WorkingDays(count)));
    }
}
