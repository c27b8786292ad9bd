using System.Net;
using System.Text;
using Bot.EndToEnd.Tests.Support;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>Webhook mode: Telegram posts to a load balancer that spreads updates over the instances.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Disposed by xunit through IAsyncLifetime.")]
public sealed class WebhookModeTests : IAsyncLifetime
{
    private const string Secret = "webhook-secret_42-0123456789abcdef0123456789";
    private RoundRobinBalancer balancer = null!;
    private BotUnderTest bot = null!;

    public async Task InitializeAsync()
    {
        balancer = await RoundRobinBalancer.StartAsync();
        bot = new BotUnderTest
        {
            Settings = new Dictionary<string, string?>
            {
                ["Telegram:Mode"] = "Webhook",
                ["Telegram:WebhookUrl"] = new Uri(balancer.Address, "/telegram/webhook").ToString(),
                ["Telegram:WebhookSecret"] = Secret,
            },
        };
        await bot.InitializeAsync();
        await bot.StartHostAsync();
        foreach (var instance in bot.Instances)
        {
            balancer.Add(BotUnderTest.AddressOf(instance));
        }
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await balancer.DisposeAsync();
    }

    [Fact]
    public async Task Updates_spread_over_two_instances_are_each_answered_once()
    {
        var users = Enumerable.Range(0, 10).Select(i => bot.Api.NewUser($"Клиент {i}")).ToList();

        foreach (var user in users)
        {
            user.SendCommand("start");
        }

        foreach (var user in users)
        {
            await user.NextMessageAsync(TimeSpan.FromSeconds(20));
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.All(users, user => Assert.Single(user.BotMessages));
        Assert.Equal(2, balancer.Forwarded.Count);
        Assert.All(balancer.Forwarded.Values, count => Assert.True(count >= 3));
        Assert.DoesNotContain(bot.Api.Calls, call => call.ErrorCode == 429);
    }

    [Fact]
    public async Task Updates_pushed_over_many_connections_at_once_are_handled_in_each_chats_order()
    {
        var users = Enumerable.Range(0, 20).Select(i => bot.Api.NewUser($"Клиент {i}")).ToList();

        foreach (var round in Enumerable.Range(0, 5))
        {
            users.ForEach(user => user.SendText($"сообщение {round}"));
        }

        foreach (var user in users)
        {
            await user.WaitForMessageAsync(_ => user.BotMessages.Count == 5, TimeSpan.FromSeconds(30));
        }

        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        var outOfOrder = await connection.ExecuteScalarAsync<int>("""
            SELECT count(*) FROM (
                SELECT update_id, lag(handled_at) OVER (PARTITION BY chat_id ORDER BY update_id) AS previous_handled, handled_at
                FROM inbox_updates WHERE chat_id = ANY(@Chats)) u
            WHERE u.previous_handled > u.handled_at
            """, new { Chats = users.Select(user => user.ChatId).ToArray() });
        Assert.True(bot.Api.WebhookPeakConnections > 1, "the fake pushed one update at a time");
        Assert.Equal(0, outOfOrder);
        Assert.Equal(100, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM inbox_updates WHERE chat_id = ANY(@Chats) AND handled_at IS NOT NULL", new { Chats = users.Select(user => user.ChatId).ToArray() }));
    }

    [Fact]
    public async Task A_wrong_or_missing_secret_gets_401_and_nothing_is_stored()
    {
        using var http = new HttpClient { BaseAddress = BotUnderTest.AddressOf(bot.Instances[0]) };
        const string update = """{"update_id":999001,"message":{"message_id":1,"date":0,"chat":{"id":5,"type":"private"},"from":{"id":5,"is_bot":false,"first_name":"X"},"text":"/start"}}""";

        using var wrong = new HttpRequestMessage(HttpMethod.Post, new Uri("/telegram/webhook", UriKind.Relative)) { Content = new StringContent(update, Encoding.UTF8, "application/json") };
        wrong.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "not-the-secret");
        using var wrongResponse = await http.SendAsync(wrong);
        using var missingResponse = await http.PostAsync(new Uri("/telegram/webhook", UriKind.Relative), new StringContent(update, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missingResponse.StatusCode);
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM inbox_updates WHERE update_id = 999001"));
    }
}
