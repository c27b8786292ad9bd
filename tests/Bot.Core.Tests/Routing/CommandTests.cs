using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

public sealed class CommandTests
{
    [Theory]
    [InlineData("/start", "start", "")]
    [InlineData("/start inv-7f3a", "start", "inv-7f3a")]
    [InlineData("/Menu@cabinet_bot", "menu", "")]
    [InlineData("/help   please ", "help", "please")]
    public void Commands_are_read_with_their_payload(string text, string name, string payload)
    {
        Assert.True(Command.TryParse(text, out var command));
        Assert.Equal(new Command(name, payload), command);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("/")]
    [InlineData("/ start")]
    [InlineData("")]
    public void Plain_text_is_not_a_command(string text)
    {
        Assert.False(Command.TryParse(text, out _));
    }
}
