using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.FakeTelegram.Tests;

public sealed class CallbackTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_press_carries_the_buttons_data_and_can_be_answered_once()
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Time = time });
        var (bot, user, press) = await PressAsync(api);

        var update = (await bot.GetUpdates()).Single();
        await bot.AnswerCallbackQuery(update.CallbackQuery!.Id, "Принято");
        var second = await Assert.ThrowsAsync<ApiRequestException>(() => bot.AnswerCallbackQuery(update.CallbackQuery!.Id));

        Assert.Equal("task:accept:17", update.CallbackQuery.Data);
        Assert.Equal("Принято", (await user.WaitForAnswerAsync(press)).Text);
        Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", second.Message);
    }

    [Fact]
    public async Task A_press_answered_too_late_fails()
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Time = time });
        var (bot, _, press) = await PressAsync(api);

        time.Advance(TimeSpan.FromSeconds(16));
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.AnswerCallbackQuery(press));

        Assert.Equal(400, error.ErrorCode);
    }

    private static async Task<(TelegramBotClient Bot, Driver.FakeUser User, string Press)> PressAsync(FakeBotApi api)
    {
        var user = api.NewUser();
        var bot = Clients.For(api);
        await bot.SendMessage(user.ChatId, "Новая задача", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Принять в работу", "task:accept:17")));
        var message = await user.NextMessageAsync();
        return (bot, user, user.PressButton(message, "Принять в работу"));
    }
}
