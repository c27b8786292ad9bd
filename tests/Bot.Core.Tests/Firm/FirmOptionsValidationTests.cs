using Bot.Core.Firm;

namespace Bot.Core.Tests.Firm;

public sealed class FirmOptionsValidationTests
{
    [Fact]
    public void A_firm_name_set_to_blank_fails_naming_the_key()
    {
        var result = new FirmOptionsValidation().Validate(null, new FirmOptions { Name = "  " });

        Assert.True(result.Failed);
        Assert.Contains("Firm:Name", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_time_zone_and_an_inverted_working_day_fail_naming_their_keys()
    {
        var options = new FirmOptions { Name = "Бухгалтер+", TimeZone = "Mars/Olympus", WorkdayStart = new(18, 0), WorkdayEnd = new(9, 0) };

        var result = new FirmOptionsValidation().Validate(null, options);

        Assert.Contains("Firm:TimeZone", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Firm:WorkdayStart", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_with_a_name_are_valid_and_use_moscow_time()
    {
        var options = new FirmOptions { Name = "Бухгалтер+" };

        Assert.True(new FirmOptionsValidation().Validate(null, options).Succeeded);
        Assert.Equal("Europe/Moscow", options.TimeZone);
    }
}
