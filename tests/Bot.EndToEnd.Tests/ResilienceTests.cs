using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram;
using Bot.FakeTelegram.Limits;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>Telegram's refusals and faults, and the bot's own failures, never cost the user a reply.</summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task Replies_refused_with_429_are_sent_after_retry_after_without_loss()
    {
        await using var bot = await StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Telegram with { PerChatBurst = 1 } });
        var user = bot.Api.NewUser();

        user.SendCommand("start");
        user.SendCommand("help");
        user.SendText("ещё вопрос");
        var replies = new[] { await user.NextMessageAsync(), await user.NextMessageAsync(), await user.NextMessageAsync() };

        Assert.Contains(bot.Api.Calls, call => call.Method == "sendMessage" && call.ErrorCode == 429);
        Assert.StartsWith("Здравствуйте", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Команды:", replies[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Я не понял", replies[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_errors_on_sending_and_polling_are_retried_until_the_reply_arrives()
    {
        await using var bot = await StartAsync();
        var user = bot.Api.NewUser();
        bot.Api.Faults.FailNext("getUpdates", times: 2, statusCode: 500);
        bot.Api.Faults.FailNext("sendMessage", times: 2, statusCode: 502);

        user.SendCommand("start");
        var reply = await user.NextMessageAsync(TimeSpan.FromSeconds(20));

        Assert.StartsWith("Здравствуйте", reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, bot.Api.Calls.Count(call => call.Method == "sendMessage" && call.ErrorCode == 502));
        Assert.Single(user.BotMessages);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_not_retried_and_others_are_still_served()
    {
        await using var bot = await StartAsync();
        var blocker = bot.Api.NewUser("Блок");
        var other = bot.Api.NewUser("Дина");
        blocker.BlockBot();

        blocker.SendCommand("start");
        other.SendCommand("start");
        await other.NextMessageAsync();
        await bot.Api.WaitForCallAsync("sendMessage", 403);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Single(bot.Api.Calls, call => call.ErrorCode == 403);
        Assert.Empty(blocker.BotMessages);
    }

    [Fact]
    public async Task When_handling_keeps_failing_the_user_is_told_and_the_bot_recovers()
    {
        await using var bot = await StartAsync();
        var user = bot.Api.NewUser();
        await Sql.ExecuteAsync(bot, "ALTER TABLE telegram_users RENAME TO telegram_users_away");

        user.SendCommand("start");
        var apology = await user.NextMessageAsync(TimeSpan.FromSeconds(20));
        await Sql.ExecuteAsync(bot, "ALTER TABLE telegram_users_away RENAME TO telegram_users");
        user.SendCommand("start");
        var greeting = await user.NextMessageAsync();

        Assert.Equal("Не удалось обработать сообщение. Попробуйте ещё раз чуть позже.", apology.Text);
        Assert.StartsWith("Здравствуйте", greeting.Text, StringComparison.Ordinal);
        Assert.Contains("Handling update", bot.Logs.AllText, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        var parked = await connection.QuerySingleAsync<string>("SELECT last_error FROM inbox_updates WHERE parked_at IS NOT NULL");
        Assert.Contains("telegram_users", parked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_that_keeps_failing_costs_the_updates_handled_beside_it_nothing()
    {
        await using var bot = await StartAsync();
        var unlucky = bot.Api.NewUser();
        var others = Enumerable.Range(0, 5).Select(_ => bot.Api.NewUser()).ToList();
        await Sql.ExecuteAsync(bot, $"""
            CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.id = {unlucky.ChatId} THEN RAISE EXCEPTION 'refused for the test'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_one BEFORE INSERT OR UPDATE ON telegram_users FOR EACH ROW EXECUTE FUNCTION refuse_one();
            """);

        // Sent while the bot is down, the updates wait together and are claimed as one batch.
        await bot.StopHostAsync();
        unlucky.SendCommand("start");
        others.ForEach(other => other.SendCommand("start"));
        await bot.StartHostAsync();
        var greetings = await Task.WhenAll(others.Select(other => other.NextMessageAsync()));
        var apology = await unlucky.NextMessageAsync(TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.All(greetings, greeting => Assert.StartsWith("Здравствуйте", greeting.Text, StringComparison.Ordinal));
        Assert.All(others, other => Assert.Single(other.BotMessages));
        Assert.Equal("Не удалось обработать сообщение. Попробуйте ещё раз чуть позже.", apology.Text);
    }

    [Fact]
    public async Task Messages_sent_while_the_bot_was_down_are_answered_and_handled_ones_are_not_repeated()
    {
        await using var bot = await StartAsync();
        var user = bot.Api.NewUser();
        user.SendCommand("start");
        await user.NextMessageAsync();

        await bot.StopHostAsync();
        user.SendCommand("help");
        await bot.StartHostAsync();
        var help = await user.NextMessageAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.True(help.Text!.StartsWith("Команды:", StringComparison.Ordinal), bot.Logs.AllText + string.Join("\n", bot.Api.Calls));
        Assert.Equal(2, user.BotMessages.Count);
    }

    [Fact]
    public async Task The_token_never_appears_in_the_logs()
    {
        await using var bot = await StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Telegram with { PerChatBurst = 1 } });
        var user = bot.Api.NewUser();
        bot.Api.Faults.FailNext("getUpdates", times: 1, statusCode: 502);
        bot.Api.Faults.HangNext("sendMessage");

        user.SendCommand("start");
        user.SendCommand("help");
        await user.NextMessageAsync(TimeSpan.FromSeconds(30));
        await user.NextMessageAsync(TimeSpan.FromSeconds(30));

        var secret = bot.Api.Token[(bot.Api.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        Assert.Contains("Sending outbox row", bot.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, bot.Logs.AllText, StringComparison.Ordinal);
    }

    private static async Task<BotUnderTest> StartAsync(FakeBotApiOptions? options = null)
    {
        var bot = new BotUnderTest { ApiOptions = options ?? new FakeBotApiOptions() };
        await bot.InitializeAsync();
        return bot;
    }
}
