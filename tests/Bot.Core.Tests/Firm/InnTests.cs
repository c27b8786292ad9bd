using Bot.Core.Firm;

namespace Bot.Core.Tests.Firm;

public sealed class InnTests
{
    [Theory]
    [InlineData("7707083893", true)]    // an organisation
    [InlineData("7736207543", true)]
    [InlineData("500100732259", true)]  // a person
    [InlineData("7707083894", false)]   // last digit mistyped
    [InlineData("500100732258", false)]
    [InlineData("770708389", false)]    // too short
    [InlineData("77070838٩3", false)]   // not ASCII digits
    [InlineData("", false)]
    public void A_taxpayer_number_is_checked_by_its_check_digits(string inn, bool valid)
    {
        Assert.Equal(valid, Inn.IsValid(inn));
    }
}
