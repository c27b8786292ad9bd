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

    [Fact]
    public void A_button_notice_over_200_characters_is_shortened_before_it_reaches_telegram_without_splitting_an_emoji()
    {
        var notice = new AnswerButton("cb-1", $"«{new string('я', 197)}📄.pdf» в архиве").Notice!;

        Assert.Equal(199, notice.Length);
        Assert.EndsWith("я…", notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public void Every_button_notice_the_bot_shows_fits(string language)
    {
        var texts = Bot.Core.Localization.Texts.For(language);

        foreach (var notice in new[] { texts.StaleButton, texts.NotAllowed, texts.ProcessingFailed })
        {
            Assert.Equal(notice, new AnswerButton("cb-1", notice).Notice);
        }
    }
}
