using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>PostgreSQL goes away for 20 seconds while users keep writing.</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Everything_sent_during_a_20_second_outage_is_handled_and_answered_afterwards()
    {
        var (cluster, server) = await DedicatedServer.StartAsync();
        await using var bot = new BotUnderTest { DatabaseServer = server };
        await bot.InitializeAsync();
        var users = Enumerable.Range(0, 20).Select(i => bot.Api.NewUser($"Клиент {i}")).ToList();
        users.ForEach(user => user.SendCommand("start"));
        await Eventually.HoldsAsync(() => users.All(user => user.BotMessages.Count == 1), TimeSpan.FromSeconds(20), "the first replies");
        await Eventually.HoldsAsync(() => PendingReplies(bot) == 0, TimeSpan.FromSeconds(20), "the first replies to be marked sent");

        await cluster.StopServerAsync();
        users.ForEach(user => user.SendCommand("help"));
        await Task.Delay(TimeSpan.FromSeconds(10));
        users.ForEach(user => user.SendText("а теперь?"));
        await Task.Delay(TimeSpan.FromSeconds(10));
        await cluster.StartServerAsync();

        await Eventually.HoldsAsync(() => users.All(user => user.BotMessages.Count >= 3), TimeSpan.FromSeconds(60), "every reply after the outage");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.All(users, user => Assert.Equal(["Здравствуйте", "Команды:", "Я не понял"], Openings(user)));
    }

    private static int PendingReplies(BotUnderTest bot)
    {
        using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return connection.ExecuteScalar<int>("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL");
    }

    private static IEnumerable<string> Openings(FakeUser user) =>
        user.BotMessages.Select(m => m.Text!.Split([',', ' ', '\n'])[0] switch
        {
            "Я" => "Я не понял",
            var word => word,
        });
}
