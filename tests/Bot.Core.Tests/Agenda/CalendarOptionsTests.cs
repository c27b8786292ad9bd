using Bot.Core.Agenda;

namespace Bot.Core.Tests.Agenda;

/// <summary>Calendar:PublicUrl is the host's public address or nothing; anything else stops the start with its key named.</summary>
public sealed class CalendarOptionsTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("https://cabinet.example.com", true)]
    [InlineData("http://10.0.0.5:8080/bot", true)]
    [InlineData("cabinet.example.com", false)]
    [InlineData("ftp://cabinet.example.com", false)]
    [InlineData("https://cabinet.example.com/?token=1", false)]
    public void Only_an_absolute_http_address_or_nothing_is_accepted(string url, bool valid)
    {
        var result = new CalendarOptionsValidation().Validate(null, new CalendarOptions { PublicUrl = url });

        Assert.Equal(valid, result.Succeeded);
        Assert.True(valid || result.FailureMessage?.Contains("Calendar:PublicUrl", StringComparison.Ordinal) == true);
    }
}
