using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.FakeTelegram.Tests;

public sealed class MessageLimitTests : FakeApiTest
{
    [Fact]
    public async Task A_message_of_4096_characters_is_delivered_and_one_of_4097_is_refused()
    {
        var user = Api.NewUser();
        var bot = Clients.For(Api);

        await bot.SendMessage(user.ChatId, new string('я', 4096));
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.ChatId, new string('я', 4097)));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: message is too long", error.Message);
        Assert.Single(user.BotMessages);
    }

    [Fact]
    public async Task Html_tags_do_not_count_towards_the_length_but_must_parse()
    {
        var user = Api.NewUser();
        var bot = Clients.For(Api);

        await bot.SendMessage(user.ChatId, "<b>" + new string('a', 4096) + "</b>", ParseMode.Html);
        var unsupported = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.ChatId, "<div>x</div>", ParseMode.Html));
        var unclosed = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.ChatId, "<b>x", ParseMode.Html));
        var bareLessThan = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.ChatId, "1 < 2", ParseMode.Html));

        Assert.StartsWith("Bad Request: can't parse entities: Unsupported start tag \"div\"", unsupported.Message, StringComparison.Ordinal);
        Assert.StartsWith("Bad Request: can't parse entities: Can't find end tag", unclosed.Message, StringComparison.Ordinal);
        Assert.StartsWith("Bad Request: can't parse entities", bareLessThan.Message, StringComparison.Ordinal);
        Assert.Equal(new string('a', 4096), Assert.Single(user.BotMessages).Text);
    }

    [Fact]
    public async Task Escaped_html_is_shown_as_plain_characters()
    {
        var user = Api.NewUser();

        await Clients.For(Api).SendMessage(user.ChatId, "ООО «Рога &amp; копыта» &lt;3 &#128512;", ParseMode.Html);

        Assert.Equal("ООО «Рога & копыта» <3 😀", Assert.Single(user.BotMessages).Text);
    }

    [Fact]
    public async Task Callback_data_of_65_bytes_is_refused()
    {
        var user = Api.NewUser();
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Принять", new string('x', 65)));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(Api).SendMessage(user.ChatId, "Задача", replyMarkup: keyboard));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
    }

    [Fact]
    public async Task More_than_100_buttons_are_refused()
    {
        var user = Api.NewUser();
        var rows = Enumerable.Range(0, 11).Select(r => Enumerable.Range(0, 10).Select(c => InlineKeyboardButton.WithCallbackData($"{r}-{c}", $"{r}-{c}")));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(Api).SendMessage(user.ChatId, "Много кнопок", replyMarkup: new InlineKeyboardMarkup(rows)));

        Assert.Equal("Bad Request: BUTTONS_TOO_MUCH", error.Message);
    }

    [Fact]
    public async Task Editing_to_identical_content_is_not_modified_but_a_new_keyboard_is()
    {
        var user = Api.NewUser();
        var bot = Clients.For(Api);
        var sent = await bot.SendMessage(user.ChatId, "<b>Меню</b>", ParseMode.Html);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageText(user.ChatId, sent.MessageId, "<b>Меню</b>", ParseMode.Html));
        await bot.EditMessageText(user.ChatId, sent.MessageId, "<b>Меню</b>", ParseMode.Html, replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("О фирме", "m:about")));

        Assert.StartsWith("Bad Request: message is not modified", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(user.BotMessages).EditCount);
    }

    [Fact]
    public async Task A_caption_over_1024_characters_is_refused()
    {
        var user = Api.NewUser();
        using var content = new MemoryStream([1, 2, 3]);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            Clients.For(Api).SendDocument(user.ChatId, Telegram.Bot.Types.InputFile.FromStream(content, "act.pdf"), caption: new string('c', 1025)));

        Assert.Equal("Bad Request: message caption is too long", error.Message);
    }

    [Fact]
    public async Task A_wrong_token_is_unauthorized()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(Api, "7000000001:some-other-token-0123456789abcd").GetMe());

        Assert.Equal(401, error.ErrorCode);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_cannot_be_written_to()
    {
        var user = Api.NewUser();
        user.BlockBot();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(Api).SendMessage(user.ChatId, "Статус изменён"));

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
    }

    [Fact]
    public async Task Nobody_can_be_written_to_before_they_start_a_chat()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Clients.For(Api).SendMessage(987654321, "Здравствуйте"));

        Assert.Equal("Bad Request: chat not found", error.Message);
    }
}
