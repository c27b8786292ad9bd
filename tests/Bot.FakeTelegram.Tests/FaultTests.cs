using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.FakeTelegram.Tests;

public sealed class FaultTests : FakeApiTest
{
    protected override FakeBotApiOptions Options => new();

    [Fact]
    public async Task An_injected_server_error_fails_that_many_calls_and_then_passes()
    {
        var user = Api.NewUser();
        var bot = Clients.For(Api);
        Api.Faults.FailNext("sendMessage", times: 1, statusCode: 502);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(user.ChatId, "Статус"));
        await bot.SendMessage(user.ChatId, "Статус");

        Assert.Equal(502, error.ErrorCode);
        Assert.Single(user.BotMessages);
    }

    [Fact]
    public async Task A_hung_call_times_out_at_the_client()
    {
        var user = Api.NewUser();
        Api.Faults.HangNext("sendMessage");
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };
        var bot = new TelegramBotClient(new TelegramBotClientOptions(Api.Token, Api.BaseUrl.ToString()) { RetryCount = 0 }, http);

        await Assert.ThrowsAnyAsync<Exception>(() => bot.SendMessage(user.ChatId, "Статус"));

        Assert.Empty(user.BotMessages);
    }

    [Fact]
    public async Task Latency_delays_but_delivers()
    {
        var user = Api.NewUser();
        Api.Faults.DelayNext("sendMessage", TimeSpan.FromMilliseconds(300));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Clients.For(Api).SendMessage(user.ChatId, "Статус");

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280));
        Assert.Single(user.BotMessages);
    }

    [Fact]
    public async Task Commands_are_kept_per_language()
    {
        var bot = Clients.For(Api);

        await bot.SetMyCommands([new("start", "Начать работу")]);
        await bot.SetMyCommands([new("start", "Get started")], languageCode: "en");
        var invalid = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SetMyCommands([new("Start-Now", "x")]));

        Assert.Equal([("start", "Начать работу")], Api.CommandsFor(""));
        Assert.Equal([("start", "Get started")], Api.CommandsFor("en"));
        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", invalid.Message);
    }
}
