using Bot.Core.Messaging;

namespace Bot.Core.Tests.Messaging;

public sealed class MessageSplitterTests
{
    [Fact]
    public void A_text_within_the_limit_is_sent_as_it_is()
    {
        var reply = new SendText(1, "Здравствуйте");

        Assert.Equal([reply], MessageSplitter.FitToLimits(reply));
    }

    [Fact]
    public void A_long_text_is_cut_between_lines_and_every_part_fits_telegram()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"Строка номер {i}: задача принята в работу");
        var text = string.Join('\n', lines);

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.InRange(part.Length, 1, MessageLimits.TextLength));
        Assert.Equal(text, string.Join('\n', parts));
    }

    [Fact]
    public void Only_the_last_part_of_a_long_reply_carries_the_buttons()
    {
        var keyboard = Keyboard.Of([new Button("Ок", "ok")]);
        var reply = new SendText(1, string.Join('\n', Enumerable.Repeat(new string('я', 100), 100)), keyboard);

        var parts = MessageSplitter.FitToLimits(reply).Cast<SendText>().ToList();

        Assert.Equal(3, parts.Count);
        Assert.All(parts[..^1], part => Assert.Null(part.Keyboard));
        Assert.Same(keyboard, parts[^1].Keyboard);
    }

    [Fact]
    public void A_long_edit_keeps_the_first_part_in_place_and_sends_the_rest()
    {
        var reply = new EditText(1, 42, string.Join('\n', Enumerable.Repeat(new string('я', 100), 50)));

        var parts = MessageSplitter.FitToLimits(reply);

        Assert.Equal(42, Assert.IsType<EditText>(parts[0]).MessageId);
        Assert.IsType<SendText>(parts[1]);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_cut_without_splitting_an_emoji()
    {
        var text = new string('a', MessageLimits.TextLength - 1) + "😀" + "b";

        var parts = MessageSplitter.Split(text);

        Assert.Equal(new string('a', MessageLimits.TextLength - 1), parts[0]);
        Assert.Equal("😀b", parts[1]);
    }

    [Fact]
    public void A_long_escaped_reason_in_italics_is_cut_into_parts_that_are_each_valid_markup()
    {
        var reason = string.Concat(Enumerable.Range(0, 400).Select(i => i % 10 == 9 ? "«Ромашка» & \"Co\"\n" : "A&B \"x\" "))[..2990];
        var preview = Bot.Core.Localization.RussianTexts.Instance.Staff.RejectPreview(1004, reason);

        var parts = MessageSplitter.Split(preview);

        Assert.True(preview.Length > MessageLimits.TextLength);
        Assert.True(parts.Count > 1);
        Assert.All(parts, part =>
        {
            Assert.True(part.Length <= MessageLimits.TextLength);
            Assert.Equal(Count(part, "<i>"), Count(part, "</i>"));
            Assert.DoesNotMatch("&(?!amp;|lt;|gt;|quot;|#)", part);
            Assert.DoesNotMatch("<[^>]*$", part);
        });
        Assert.Equal(Bot.Core.Messaging.Html.Escape(reason).Replace("\n", "", StringComparison.Ordinal),
            string.Concat(parts.Select(part => System.Text.RegularExpressions.Regex.Match(part, "(?s)<i>(.*)</i>").Groups[1].Value)).Replace("\n", "", StringComparison.Ordinal));
    }

    private static int Count(string text, string tag) => System.Text.RegularExpressions.Regex.Count(text, System.Text.RegularExpressions.Regex.Escape(tag));
}
