using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Bot.FakeTelegram;
using Bot.FakeTelegram.Limits;
using Bot.Testing.Hosting;
using Bot.Testing.Postgres;
using Bot.Testing.Processes;

namespace Bot.EndToEnd.Tests;

/// <summary>The database round trips one after another between an update's arrival and its reply's send, as
/// the host counts them (<c>botcabinet_update_round_trips</c>). The host runs as its own process: its metrics
/// registry is per process, and the in-process hosts of other test classes would add to it.</summary>
public sealed class RoundTripTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Start_a_menu_press_and_an_unknown_text_cost_one_round_trip_each_once_the_sender_is_known_and_two_the_first_time()
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Unlimited });
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var environment = HostProcess.Environment(api.Token, api.BaseUrl, database.ConnectionString);
        environment["Http__Urls"] = address.ToString();
        environment["Firm__Name"] = "Бухгалтерия и партнёры";
        environment["Delivery__PerChatPerSecond"] = "1000"; // nine replies in two seconds: a reply over the chat's pacing waits in the outbox, as it should
        environment["Delivery__PerChatBurst"] = "1000";
        environment["Delivery__InboxPollSeconds"] = "60"; // a worker's periodic look could take an update between its store and the claim travelling with it: three round trips, as before
        var host = HostProcess.StartInBackground(environment);
        try
        {
            await api.WaitForCallAsync("setMyCommands", timeout: TimeSpan.FromSeconds(60));
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

            using var http = new HttpClient { BaseAddress = address };
            var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
            Assert.Equal(9, Figure(metrics, "_count"));
            Assert.Equal(9, Figure(metrics, "_bucket{le=\"2\"}")); // the first: the store with the claim, then the replies with the commit
            Assert.Equal(8, Figure(metrics, "_bucket{le=\"1\"}")); // the rest: the store, the check and the replies with the commit
            await using var connection = await database.DataSource.OpenConnectionAsync();
            Assert.Equal(9L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM inbox_updates WHERE handled_at IS NOT NULL AND attempts = 1")); // each recorded handled at its first attempt, once
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            host.Dispose();
        }
    }

    private static double Figure(string metrics, string suffix) =>
        double.Parse(
            Regex.Match(metrics, "^botcabinet_update_round_trips" + Regex.Escape(suffix) + @" (\S+)$", RegexOptions.Multiline).Groups[1].Value,
            CultureInfo.InvariantCulture);
}
