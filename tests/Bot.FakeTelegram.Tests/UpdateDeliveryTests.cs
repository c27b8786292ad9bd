using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.FakeTelegram.Tests;

public sealed class UpdateDeliveryTests : FakeApiTest
{
    protected override FakeBotApiOptions Options => new();

    [Fact]
    public async Task Updates_stay_until_an_offset_confirms_them()
    {
        var user = Api.NewUser();
        var bot = Clients.For(Api);
        user.SendText("раз");
        user.SendText("два");

        var first = await bot.GetUpdates();
        var again = await bot.GetUpdates();
        var afterConfirming = await bot.GetUpdates(offset: first[0].Id + 1);

        Assert.Equal(["раз", "два"], first.Select(u => u.Message!.Text));
        Assert.Equal(2, again.Length);
        Assert.Equal("два", Assert.Single(afterConfirming).Message!.Text);
    }

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_the_user_writes()
    {
        var user = Api.NewUser();
        var bot = Clients.For(Api);
        var clock = Stopwatch.StartNew();

        var poll = bot.GetUpdates(timeout: 20);
        await Api.WaitForLongPollAsync();
        user.SendCommand("start", "inv-42");
        var updates = await poll;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
        var message = Assert.Single(updates).Message!;
        Assert.Equal("/start inv-42", message.Text);
        Assert.Equal(Telegram.Bot.Types.Enums.MessageEntityType.BotCommand, message.Entities![0].Type);
        Assert.Equal(user.Profile.LanguageCode, message.From!.LanguageCode);
    }

    [Fact]
    public async Task An_empty_long_poll_waits_its_timeout()
    {
        var clock = Stopwatch.StartNew();

        var updates = await Clients.For(Api).GetUpdates(timeout: 1);

        Assert.Empty(updates);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public async Task A_second_poller_ends_the_first_with_409_conflict()
    {
        var first = Clients.For(Api).GetUpdates(timeout: 20);
        await Api.WaitForLongPollAsync();

        var second = Clients.For(Api).GetUpdates(timeout: 1);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => first);
        await second;

        Assert.Equal(409, error.ErrorCode);
        Assert.Contains("terminated by other getUpdates request", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_caps_a_batch_at_100()
    {
        var user = Api.NewUser();
        for (var i = 0; i < 105; i++)
        {
            user.SendText($"{i}");
        }

        var batch = await Clients.For(Api).GetUpdates(limit: 500);

        Assert.Equal(100, batch.Length);
    }
}
