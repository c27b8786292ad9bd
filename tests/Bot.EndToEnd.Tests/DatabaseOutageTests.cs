using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>PostgreSQL goes away while users keep writing.</summary>
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

    [Fact]
    public async Task A_clients_message_sent_while_the_database_is_down_for_10_seconds_is_stored_and_delivered_once_afterwards()
    {
        var (cluster, server) = await DedicatedServer.StartAsync();
        await using var bot = new BotUnderTest { DatabaseServer = server };
        await bot.InitializeAsync();
        await FirmSetup.TwoClientsAsync(bot);
        var (pm, _) = await FirmSetup.JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, menu) = await FirmSetup.JoinAsync(bot, "Светлана", "client", FirmSetup.Inn);
        client.PressButton(menu, "Написать бухгалтеру");
        await client.WaitForMessageAsync(m => m.Text?.StartsWith("Напишите сообщение", StringComparison.Ordinal) == true);
        await Eventually.HoldsAsync(() => PendingReplies(bot) == 0, TimeSpan.FromSeconds(20), "the prompt to be marked sent");

        await cluster.StopServerAsync();
        client.SendText("Пока база спит: где акт?");
        await Task.Delay(TimeSpan.FromSeconds(10));
        await cluster.StartServerAsync();
        NpgsqlConnection.ClearAllPools(); // this test's own pooled connections died with the server

        await pm.WaitForMessageAsync(m => m.Text == "💬 ООО «Ромашка», Светлана: Пока база спит: где акт?", TimeSpan.FromSeconds(60));
        await client.WaitForMessageAsync(m => m.Text?.StartsWith("✓ Сообщение передано бухгалтеру.", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(() => PendingReplies(bot) == 0, TimeSpan.FromSeconds(20), "every reply sent");
        Assert.Single(pm.BotMessages, m => m.Text?.StartsWith("💬", StringComparison.Ordinal) == true);
        Assert.Single(client.BotMessages, m => m.Text?.StartsWith("✓ Сообщение передано", StringComparison.Ordinal) == true);
        Assert.Equal(1, await Sql.CountAsync(bot, "SELECT count(*) FROM chat_entries"));
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
