using System.Collections.Concurrent;
using System.Diagnostics;
using Bot.FakeTelegram;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.Limits;
using Bot.Testing.Hosting;
using Dapper;
using Npgsql;

namespace Bot.Bench;

/// <summary>Clients filing requests at once: each opens «Заказать услугу», picks «Сверка с контрагентами»,
/// keeps the description, goes on without files, keeps the offered deadline and presses «Отправить». Measured:
/// from that press to the client's confirmation with the task's number, and to the card at the assignee.</summary>
internal static class FilingBenchmark
{
    public sealed record Result(double FormsPerSecond, double ConfirmP50Ms, double ConfirmP95Ms, double CardP50Ms, double CardP95Ms, int Tasks);

    public static async Task<Result> RunAsync(int clients, int formsEach)
    {
        await using var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Flood = FloodLimits.Unlimited });
        await using var bot = new BotUnderBench();
        await bot.PrepareAsync();
        await bot.StartAsync(api, new Dictionary<string, string>
        {
            ["Delivery__GlobalPerSecond"] = "100000", ["Delivery__PerChatPerSecond"] = "100000", ["Delivery__PerChatBurst"] = "100000",
            // Each client walks its five forms back to back, 40 updates as fast as the replies come: far beyond a person's pace.
            ["Delivery__UserUpdatesPerMinute"] = "100000", ["Delivery__UserUpdateBurst"] = "100000",
        });
        var (assignee, people) = await FirmAsync(bot, api, clients);

        var confirmations = new ConcurrentBag<double>();
        var cards = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(people.Select(person => FileAsync(person, assignee, formsEach, confirmations, cards)));
        var elapsed = clock.Elapsed;

        await using var connection = new NpgsqlConnection(bot.ConnectionString);
        var tasks = await connection.QuerySingleAsync<int>("SELECT count(*)::int FROM service_tasks");
        List<double> sortedConfirmations = [.. confirmations.Order()], sortedCards = [.. cards.Order()];
        return new Result(clients * formsEach / elapsed.TotalSeconds, Percentiles.Of(sortedConfirmations, 50), Percentiles.Of(sortedConfirmations, 95),
            Percentiles.Of(sortedCards, 50), Percentiles.Of(sortedCards, 95), tasks);
    }

    private static async Task FileAsync(FakeUser client, FakeUser assignee, int forms, ConcurrentBag<double> confirmations, ConcurrentBag<double> cards)
    {
        var timeout = TimeSpan.FromSeconds(60);
        for (var i = 0; i < forms; i++)
        {
            var screen = await WalkFormAsync(client, timeout);
            var clock = Stopwatch.StartNew();
            var sent = await PressAsync(client, screen, "Отправить", timeout);
            confirmations.Add(clock.Elapsed.TotalMilliseconds);
            var number = sent.Text![(sent.Text!.IndexOf('№', StringComparison.Ordinal) + 1)..].Split(' ')[0];
            await assignee.WaitForMessageAsync(m => m.Text?.StartsWith($"🆕 Новая заявка №{number}\n", StringComparison.Ordinal) == true, timeout);
            cards.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Opens the menu and walks the request form to its summary, where «Отправить» waits.</summary>
    public static async Task<BotMessage> WalkFormAsync(FakeUser client, TimeSpan timeout)
    {
        client.SendCommand("menu");
        var screen = await client.NextMessageAsync(timeout);
        foreach (var button in new[] { "Заказать услугу", "Бухгалтерия", "Сверка с контрагентами", "Оставить описание", "Продолжить без файлов", "Оставить" })
        {
            screen = await PressAsync(client, screen, screen.AllButtons.First(b => b.Text.StartsWith(button, StringComparison.Ordinal)).Text, timeout);
        }

        return screen;
    }

    private static async Task<BotMessage> PressAsync(FakeUser user, BotMessage screen, string button, TimeSpan timeout)
    {
        user.PressButton(screen, button);
        return await user.WaitForMessageAsync(m => m.MessageId == screen.MessageId && m.EditCount == screen.EditCount + 1, timeout);
    }

    /// <summary>The demo catalog, one PM who joined the bot, one company, and its employees bound directly in
    /// the database (inviting each would only measure process starts).</summary>
    public static async Task<(FakeUser Assignee, List<FakeUser> Clients)> FirmAsync(BotUnderBench bot, FakeBotApi api, int clients)
    {
        await ToolAsync(bot, "catalog", "import", DemoCatalog());
        await ToolAsync(bot, "staff", "add", "ivanova", "Иванова Мария", "accounting");
        await ToolAsync(bot, "company", "add", "7707083893", "ООО «Ромашка»");
        await ToolAsync(bot, "project", "add", "7707083893", "accounting", "ivanova", "main");
        var link = await ToolAsync(bot, "invite", "staff", "ivanova");
        var assignee = api.NewUser("Мария");
        assignee.SendCommand("start", link[(link.IndexOf("?start=", StringComparison.Ordinal) + 7)..]);
        await assignee.NextMessageAsync(TimeSpan.FromSeconds(60));

        var people = Enumerable.Range(0, clients).Select(i => api.NewUser($"Клиент {i}")).ToList();
        await using var connection = new NpgsqlConnection(bot.ConnectionString);
        foreach (var person in people)
        {
            await connection.ExecuteAsync("""
                WITH employee AS (INSERT INTO client_employees (full_name, telegram_user_id, created_at) VALUES (@Name, @Id, now()) RETURNING id)
                INSERT INTO memberships (employee_id, company_id) SELECT employee.id, c.id FROM employee, companies c
                """, new { person.Profile.Id, Name = person.Profile.FirstName });
        }

        return (assignee, people);
    }

    private static async Task<string> ToolAsync(BotUnderBench bot, params string[] words)
    {
        var (exitCode, output, errors) = await HostProcess.RunToolAsync(bot.ConnectionString, words);
        return exitCode == 0 ? output.Trim() : throw new InvalidOperationException($"{string.Join(' ', words)}: {errors}");
    }

    private static string DemoCatalog()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "catalog", "demo.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("catalog/demo.yaml not found above the benchmark's folder.");
    }
}
