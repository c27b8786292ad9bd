using System.Diagnostics;
using Dapper;
using Bot.FakeTelegram;
using Bot.FakeTelegram.Limits;
using Bot.Testing.Hosting;
using Bot.Testing.Postgres;
using Bot.Testing.Processes;

namespace Bot.EndToEnd.Tests;

/// <summary>The database round trips one after another between an update's arrival and its reply's send, as
/// the host counts them (<c>botcabinet_update_round_trips</c>). The host runs as its own process: its metrics
/// registry is per process, and the in-process hosts of other test classes would add to it. Each test has a
/// database of its own: the fakes of both hand out the same update and chat ids.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public async Task Start_a_menu_press_and_an_unknown_text_cost_one_round_trip_each_once_the_sender_is_known_and_two_the_first_time()
    {
        await using var measured = await MeasuredHost.StartAsync();
        var api = measured.Api;
        var user = api.NewUser("Анна");
        for (var round = 0; round < 3; round++)
        {
            user.SendCommand("start");
            var menu = await user.NextMessageAsync(TimeSpan.FromSeconds(30));
            await Task.Delay(200); // a person reads before tapping
            user.PressButton(menu, "О фирме");
            await user.WaitForMessageAsync(m => m.MessageId == menu.MessageId && m.EditCount == 1, TimeSpan.FromSeconds(30));
            await Task.Delay(200);
            user.SendText("когда будет готов отчёт?");
            await user.NextMessageAsync(TimeSpan.FromSeconds(30));
            await Task.Delay(200);
        }

        var roundTrips = await UpdateRoundTrips.ReadAsync(measured.Metrics);
        Assert.Equal(9, roundTrips.Updates);
        Assert.Equal(9, roundTrips.AtMostTwo); // the first: the store with the claim, then the replies with the commit
        Assert.Equal(8, roundTrips.AtMostOne); // the rest: the store, the check and the replies with the commit
        await using var connection = await measured.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(9L, await connection.ExecuteScalarAsync<long>( // each recorded handled at its first attempt, once
            "SELECT count(*) FROM inbox_updates WHERE chat_id = @ChatId AND handled_at IS NOT NULL AND attempts = 1",
            new { user.ChatId }));
    }

    [Fact]
    public async Task Known_senders_of_different_chats_fetched_in_one_answer_cost_one_round_trip_each()
    {
        await using var measured = await MeasuredHost.StartAsync();
        var api = measured.Api;
        var users = new[] { api.NewUser("Борис"), api.NewUser("Вера"), api.NewUser("Глеб"), api.NewUser("Дарья") };
        foreach (var user in users)
        {
            user.SendCommand("start");
            await user.NextMessageAsync(TimeSpan.FromSeconds(30));
        }

        // The getUpdates after the next one waits a second, so what three users send meanwhile comes in one answer.
        await api.WaitForLongPollAsync();
        api.Faults.DelayNext("getUpdates", TimeSpan.FromSeconds(1));
        users[0].SendText("когда будет готов отчёт?");
        await users[0].NextMessageAsync(TimeSpan.FromSeconds(30));
        foreach (var user in users[1..])
        {
            user.SendText("когда будет готов отчёт?");
        }

        foreach (var user in users[1..])
        {
            await user.NextMessageAsync(TimeSpan.FromSeconds(30)); // each answered
        }

        var roundTrips = await UpdateRoundTrips.ReadAsync(measured.Metrics);
        Assert.Equal(8, roundTrips.Updates);
        Assert.Equal(4, roundTrips.AtMostOne); // the four texts; each /start, its sender new, took two
    }

    /// <summary>The host as its own process on a database of its own, polling a fake of its own, with its /metrics.</summary>
    private sealed class MeasuredHost : IAsyncDisposable
    {
        private readonly Process host;

        private MeasuredHost(TestDatabase database, FakeBotApi api, Process host, HttpClient metrics)
        {
            Database = database;
            Api = api;
            this.host = host;
            Metrics = metrics;
        }

        public FakeBotApi Api { get; }

        public HttpClient Metrics { get; }

        public TestDatabase Database { get; }

        public static async Task<MeasuredHost> StartAsync()
        {
            var database = new TestDatabase();
            await database.InitializeAsync();
            var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Unlimited });
            var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
            var environment = HostProcess.Environment(api.Token, api.BaseUrl, database.ConnectionString);
            environment["Http__Urls"] = address.ToString();
            environment["Firm__Name"] = "Бухгалтерия и партнёры";
            environment["Delivery__PerChatPerSecond"] = "1000"; // nine replies in two seconds: a reply over the chat's pacing waits in the outbox, as it should
            environment["Delivery__PerChatBurst"] = "1000";
            environment["Delivery__InboxPollSeconds"] = "60"; // a worker's periodic look could take an update between its store and the claim travelling with it: three round trips, as before
            var measured = new MeasuredHost(database, api, HostProcess.StartInBackground(environment), new HttpClient { BaseAddress = address });
            try
            {
                await api.WaitForCallAsync("setMyCommands", timeout: TimeSpan.FromSeconds(60));
                return measured;
            }
            catch
            {
                await measured.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            Metrics.Dispose();
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            host.Dispose();
            await Api.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
