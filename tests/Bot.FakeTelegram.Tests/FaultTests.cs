using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.FakeTelegram.Tests;

public sealed class FaultTests : IAsyncLifetime
{
    private FakeBotApi api = null!;

    public async Task InitializeAsync() => api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task An_injected_server_error_fails_that_many_calls_and_then_passes()
    {
        var user = api.NewUser();
        var bot = Clients.For(api);
        api.Faults.FailNext("sendMessage", times: 1, statusCode: 502);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.ChatId, "Статус"));
        await bot.SendMessage(user.ChatId, "Статус");

        Assert.Equal(502, error.ErrorCode);
        Assert.Single(user.BotMessages);
    }

    [Fact]
    public async Task A_hung_call_times_out_at_the_client()
    {
        var user = api.NewUser();
        api.Faults.HangNext("sendMessage");
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };
        var bot = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl.ToString()) { RetryCount = 0 }, http);

        await Assert.ThrowsAnyAsync<Exception>(() => bot.SendMessage(user.ChatId, "Статус"));

        Assert.Empty(user.BotMessages);
    }

    [Fact]
    public async Task Latency_delays_but_delivers()
    {
        var user = api.NewUser();
        api.Faults.DelayNext("sendMessage", TimeSpan.FromMilliseconds(300));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Clients.For(api).SendMessage(user.ChatId, "Статус");

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280));
        Assert.Single(user.BotMessages);
    }

    [Fact]
    public async Task Commands_are_kept_per_language()
    {
        var bot = Clients.For(api);

        await bot.SetMyCommands([new("start", "Начать работу")]);
        await bot.SetMyCommands([new("start", "Get started")], languageCode: "en");
        var invalid = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SetMyCommands([new("Start-Now", "x")]));

        Assert.Equal([("start", "Начать работу")], api.CommandsFor(""));
        Assert.Equal([("start", "Get started")], api.CommandsFor("en"));
        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", invalid.Message);
    }
}
