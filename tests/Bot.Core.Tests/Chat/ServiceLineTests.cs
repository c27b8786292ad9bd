using Bot.Core.Chat;

namespace Bot.Core.Tests.Chat;

public sealed class ServiceLineTests
{
    [Theory]
    [InlineData("Кадровый учёт — 5000", "Кадровый учёт", 5000)]
    [InlineData("1С-Отчётность - 1 200,50 ₽", "1С-Отчётность", 1200.50)]
    [InlineData("Payroll – 700 руб.", "Payroll", 700)]
    public void A_service_and_its_price_are_read_from_one_line(string line, string service, double price)
    {
        Assert.True(ServiceLine.TryParse(line, out var parsedService, out var parsedPrice));
        Assert.Equal((service, (decimal)price), (parsedService, parsedPrice));
    }

    [Theory]
    [InlineData("Кадровый учёт")]
    [InlineData("— 5000")]
    [InlineData("Кадровый учёт — пять тысяч")]
    [InlineData("Кадровый учёт — 10,999")]
    public void A_line_without_a_service_or_a_price_in_roubles_and_kopecks_is_refused(string line) =>
        Assert.False(ServiceLine.TryParse(line, out _, out _));
}
