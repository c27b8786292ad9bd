using Bot.Core.Messaging;

namespace Bot.Core.Tests.Messaging;

public sealed class ButtonTests
{
    [Fact]
    public void Callback_data_of_64_bytes_is_accepted()
    {
        var button = new Button("Принять", new string('x', 64));

        Assert.Equal(64, button.Data.Length);
    }

    [Fact]
    public void Callback_data_over_64_bytes_is_refused_before_it_reaches_telegram()
    {
        // 33 Cyrillic letters are 66 bytes in UTF-8, although only 33 characters.
        Assert.Throws<ArgumentException>(() => new Button("Принять", new string('я', 33)));
    }

    [Fact]
    public void A_keyboard_of_more_than_100_buttons_is_refused()
    {
        var row = Enumerable.Range(0, 101).Select(i => new Button($"{i}", $"b:{i}")).ToArray();

        Assert.Throws<ArgumentException>(() => Keyboard.Of(row));
    }

    [Fact]
    public void Html_escaping_leaves_cyrillic_and_guillemets_alone()
    {
        Assert.Equal("ООО «Рога &amp; копыта» &lt;b&gt;", Html.Escape("ООО «Рога & копыта» <b>"));
    }
}
