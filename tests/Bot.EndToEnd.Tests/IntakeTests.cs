using Bot.EndToEnd.Tests.Support;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>What arrives is taken in whatever one update or one user does: an update PostgreSQL will not
/// store, Telegram failing while a handler calls it.</summary>
public sealed class IntakeTests
{
    [Fact]
    public async Task A_message_with_a_nul_character_is_answered_and_stalls_nobody_else()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        var sender = bot.Api.NewUser("Нуль");
        var other = bot.Api.NewUser("Дина");

        sender.SendText("счёт\0 за ноябрь");
        other.SendCommand("start");
        var greeting = await other.NextMessageAsync(TimeSpan.FromSeconds(20));
        var answer = await sender.NextMessageAsync(TimeSpan.FromSeconds(20));

        Assert.StartsWith("Здравствуйте", greeting.Text, StringComparison.Ordinal);
        Assert.StartsWith("Я не понял", answer.Text, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        Assert.Equal("счёт\uFFFD за ноябрь", await connection.QuerySingleAsync<string>(
            "SELECT payload #>> '{message,text}' FROM inbox_updates WHERE chat_id = @Chat", new { Chat = sender.ChatId }));
    }
}
