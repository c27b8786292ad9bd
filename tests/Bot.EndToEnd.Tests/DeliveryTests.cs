using Bot.EndToEnd.Tests.Support;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>The inbox and the outbox as a user and an operator notice them.</summary>
public sealed class DeliveryTests(BotUnderTest bot) : IClassFixture<BotUnderTest>
{
    [Fact]
    public async Task A_burst_from_one_user_is_answered_in_order_without_telegram_refusing_anything()
    {
        var user = bot.Api.NewUser();

        for (var i = 0; i < 4; i++)
        {
            user.SendCommand("help");
            user.SendText($"вопрос {i}");
        }

        var replies = new List<string?>();
        for (var i = 0; i < 8; i++)
        {
            replies.Add((await user.NextMessageAsync(TimeSpan.FromSeconds(20))).Text);
        }

        Assert.All(replies.Where((_, i) => i % 2 == 0), text => Assert.StartsWith("Команды:", text, StringComparison.Ordinal));
        Assert.All(replies.Where((_, i) => i % 2 == 1), text => Assert.StartsWith("Я не понял", text, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Api.Calls, call => call.ErrorCode == 429);
    }

    [Fact]
    public async Task Every_update_received_is_in_the_inbox_and_marked_handled()
    {
        var user = bot.Api.NewUser();
        user.SendCommand("start");
        var menu = await user.NextMessageAsync();
        await user.WaitForAnswerAsync(user.PressButton(menu, "Помощь"));
        await user.WaitForMessageAsync(m => m.EditCount == 1);

        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        var rows = (await connection.QueryAsync<(long ChatId, bool Handled)>(
            "SELECT chat_id, handled_at IS NOT NULL FROM inbox_updates WHERE chat_id = @ChatId", new { user.ChatId })).ToList();

        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.True(row.Handled));
    }
}
