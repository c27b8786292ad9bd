using System.Text.RegularExpressions;
using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.Limits;
using Bot.Testing.Hosting;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;
using Xunit.Abstractions;

namespace Bot.EndToEnd.Tests;

/// <summary>The host process killed with SIGKILL while fifty clients press «Отправить» on filled forms.</summary>
public sealed partial class FormCrashTests(TestDatabase database, ITestOutputHelper output) : IClassFixture<TestDatabase>
{
    private const int Clients = 50;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180); // generous: under a loaded CI machine the restarted process is slow to come up

    [Fact]
    public async Task A_host_killed_while_fifty_forms_are_sent_files_each_exactly_once_and_tells_every_client_its_number()
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Unlimited });
        await FirmAsync();
        var clients = await ClientsAsync(api);
        var environment = new Dictionary<string, string>(HostProcess.Environment(api.Token, api.BaseUrl, database.ConnectionString))
        {
            ["Delivery__GlobalPerSecond"] = "1000",
            ["Delivery__PerChatPerSecond"] = "100",
            ["Delivery__PerChatBurst"] = "10",
        };
        var host = HostProcess.StartInBackground(environment);
        int confirmedAtKill;
        try
        {
            var summaries = await Task.WhenAll(clients.Select(SummaryAsync));

            // Each filing takes 200 ms more, so a batch of twenty «Отправить» takes four seconds: when the first
            // (smaller) batch is confirmed the others are seconds from their commit, and the kill lands in the
            // middle whatever the machine's speed.
            await using (var slow = new NpgsqlConnection(database.ConnectionString))
            {
                await slow.ExecuteAsync("""
                    CREATE FUNCTION slow_filing() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.2); RETURN NEW; END $$;
                    CREATE TRIGGER slow_filing BEFORE INSERT ON service_tasks FOR EACH ROW EXECUTE FUNCTION slow_filing();
                    """);
            }

            foreach (var (client, summary) in clients.Zip(summaries))
            {
                client.PressButton(summary, "Отправить");
            }

            await Eventually.HoldsAsync(() => clients.Any(Confirmed), Patience, "the first confirmation");
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            confirmedAtKill = clients.Count(Confirmed);
            host.Dispose();

            host = HostProcess.StartInBackground(environment);
            await Eventually.HoldsAsync(() => clients.All(Confirmed), Patience, "every client's confirmation");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            host.Dispose();
        }

        output.WriteLine($"Confirmed before the kill: {confirmedAtKill} of {Clients}");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        var filed = (await connection.QueryAsync<(long Requester, int Number)>("SELECT requester_user_id, number FROM service_tasks")).ToList();
        var told = clients.Select(client => (client.Profile.Id, NumberTold(client))).OrderBy(pair => pair.Id).ToList();
        Assert.InRange(confirmedAtKill, 1, Clients - 1);
        Assert.Equal(Clients, filed.Count);
        Assert.Equal(told, filed.Select(task => (task.Requester, task.Number)).OrderBy(pair => pair.Requester).ToList());
    }

    private async Task FirmAsync()
    {
        foreach (var words in new[]
        {
            new[] { "catalog", "import", FirmSetup.DemoCatalog },
            ["staff", "add", "ivanova", "Иванова Мария", "accounting"],
            ["company", "add", FirmSetup.Inn, "ООО «Ромашка»"],
            ["project", "add", FirmSetup.Inn, "accounting", "ivanova", "main"],
        })
        {
            var (exitCode, _, errors) = await HostProcess.RunToolAsync(database.ConnectionString, words);
            Assert.True(exitCode == 0, errors);
        }
    }

    /// <summary>The company's employees, bound in the database (inviting fifty would only measure process starts).</summary>
    private async Task<List<FakeUser>> ClientsAsync(FakeBotApi api)
    {
        var clients = Enumerable.Range(0, Clients).Select(i => api.NewUser($"Клиент {i}")).ToList();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.ExecuteAsync(
            """
            WITH employee AS (
                INSERT INTO client_employees (full_name, telegram_user_id, created_at)
                SELECT 'Клиент', id, now() FROM unnest(@Ids) AS id RETURNING id)
            INSERT INTO memberships (employee_id, company_id) SELECT employee.id, c.id FROM employee, companies c
            """,
            new { Ids = clients.Select(client => client.Profile.Id).ToArray() });
        return clients;
    }

    /// <summary>The request form filled up to its summary, as a client does it.</summary>
    private static async Task<BotMessage> SummaryAsync(FakeUser client)
    {
        client.SendCommand("menu");
        var screen = await client.NextMessageAsync(Patience);
        foreach (var button in new[] { "Заказать услугу", "Бухгалтерия", "Сверка с контрагентами", "Оставить описание", "Продолжить без файлов", "Оставить" })
        {
            var edits = screen.EditCount;
            client.PressButton(screen, screen.AllButtons.First(b => b.Text.StartsWith(button, StringComparison.Ordinal)).Text);
            screen = await client.WaitForMessageAsync(m => m.MessageId == screen.MessageId && m.EditCount == edits + 1, Patience);
        }

        return screen;
    }

    private static bool Confirmed(FakeUser client) => client.BotMessages.Any(m => Confirmation().IsMatch(m.Text ?? ""));

    private static int NumberTold(FakeUser client) =>
        int.Parse(Confirmation().Match(client.BotMessages.Single(m => Confirmation().IsMatch(m.Text ?? "")).Text!).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Заявка №(\d+) отправлена")]
    private static partial Regex Confirmation();
}
