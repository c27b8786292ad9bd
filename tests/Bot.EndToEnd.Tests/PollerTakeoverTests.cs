using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram;
using Bot.Testing.Hosting;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>Two host processes in polling mode: one polls; when it is killed, the standby takes over.</summary>
public sealed class PollerTakeoverTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task When_the_polling_process_is_killed_the_standby_answers_and_nothing_is_lost_or_doubled()
    {
        await using var api = await FakeBotApi.StartAsync();
        var environment = HostProcess.Environment(api.Token, api.BaseUrl, database.ConnectionString);
        var user = api.NewUser();
        var poller = HostProcess.StartInBackground(environment);
        var standby = HostProcess.StartInBackground(environment);
        try
        {
            await Eventually.HoldsAsync(() => api.Calls.Count(call => call.Method == "setMyCommands") >= 4, TimeSpan.FromSeconds(60), "both instances to start");
            user.SendCommand("start");
            await user.NextMessageAsync(TimeSpan.FromSeconds(20));

            // A reply on the wire when its sender dies is sent again after its lease (at least once, by
            // design); the crash test counts those. Here the first reply is recorded before the kill, so
            // every message can be counted exactly.
            await Eventually.HoldsAsync(() => Unsent() == 0, TimeSpan.FromSeconds(10), "the first reply to be recorded as sent");

            poller.Kill(entireProcessTree: true);
            await poller.WaitForExitAsync();
            user.SendCommand("help");
            user.SendText("и ещё вопрос");
            var help = await user.NextMessageAsync(TimeSpan.FromSeconds(30));
            var question = await user.NextMessageAsync(TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(2));

            Assert.StartsWith("Команды:", help.Text, StringComparison.Ordinal);
            Assert.StartsWith("Я не понял", question.Text, StringComparison.Ordinal);
            Assert.Equal(3, user.BotMessages.Count);
        }
        finally
        {
            poller.Kill(entireProcessTree: true);
            standby.Kill(entireProcessTree: true);
            poller.Dispose();
            standby.Dispose();
        }
    }

    private int Unsent()
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        return connection.ExecuteScalar<int>("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL");
    }
}
