using Bot.FakeTelegram.Limits;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.FakeTelegram.Tests;

public sealed class FloodControlTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_burst_to_one_chat_gets_429_with_retry_after_and_passes_once_that_time_is_waited()
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Time = time });
        var user = api.NewUser();
        var bot = Clients.For(api);

        for (var i = 0; i < FloodLimits.Telegram.PerChatBurst; i++)
        {
            await bot.SendMessage(user.ChatId, $"Сообщение {i}");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.ChatId, "Ещё одно"));
        time.Advance(TimeSpan.FromSeconds(error.Parameters!.RetryAfter!.Value));
        await bot.SendMessage(user.ChatId, "Ещё одно");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal("Too Many Requests: retry after 1", error.Message);
        Assert.Equal(FloodLimits.Telegram.PerChatBurst + 1, user.BotMessages.Count);
    }

    [Fact]
    public async Task More_than_30_messages_in_a_second_across_chats_get_429()
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Time = time });
        var users = Enumerable.Range(0, 31).Select(_ => api.NewUser()).ToList();
        var bot = Clients.For(api);

        foreach (var user in users.Take(30))
        {
            await bot.SendMessage(user.ChatId, "Дайджест");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(users[30].ChatId, "Дайджест"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Empty(users[30].BotMessages);
    }

    [Fact]
    public async Task An_album_counts_as_one_message_per_item()
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Time = time, Flood = FloodLimits.Telegram with { PerChatBurst = 2 } });
        var user = api.NewUser();
        var bot = Clients.For(api);
        var photo = user.SendPhoto([1, 2, 3]);
        var fileId = (await bot.GetUpdates()).Single().Message!.Photo![^1].FileId;
        var album = new[] { new Telegram.Bot.Types.InputMediaPhoto(fileId), new Telegram.Bot.Types.InputMediaPhoto(fileId) };

        await bot.SendMediaGroup(user.ChatId, album);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.ChatId, "Готово"));

        Assert.True(photo > 0);
        Assert.Equal(429, error.ErrorCode);
    }
}
