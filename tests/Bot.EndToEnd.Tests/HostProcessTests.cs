using Bot.EndToEnd.Tests.Support;
using Bot.Testing.Hosting;
using Bot.FakeTelegram;
using Bot.Testing.Postgres;

namespace Bot.EndToEnd.Tests;

/// <summary>What an operator sees when starting the host: one sentence per fixable problem, no stack trace.</summary>
public sealed class HostProcessTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Without_a_token_the_host_stops_with_one_sentence_saying_how_to_set_it()
    {
        var (exitCode, _, errors) = await HostProcess.RunAsync([], new Dictionary<string, string>
        {
            ["ConnectionStrings__Cabinet"] = database.ConnectionString,
        });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Telegram__Token", line, StringComparison.Ordinal);
        Assert.Contains("@BotFather", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_telegram_does_not_know_stops_the_host_without_repeating_the_token()
    {
        await using var api = await FakeBotApi.StartAsync();
        const string wrongToken = "7000000001:this-is-not-the-right-token-0123";

        var (exitCode, output, errors) = await HostProcess.RunAsync([], new Dictionary<string, string>
        {
            ["Telegram__Token"] = wrongToken,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["ConnectionStrings__Cabinet"] = database.ConnectionString,
            ["Firm__Name"] = "Бухгалтерия & Партнёры",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("Telegram rejected the token", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("this-is-not-the-right-token", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_started_with_a_larger_young_generation_budget_than_run_sh_sets_warns_how_to_keep_its_memory_down()
    {
        var asShipped = await LogUntilPollingAsync(youngGenerationBudget: null);
        var large = await LogUntilPollingAsync(youngGenerationBudget: "0x8000000");

        Assert.DoesNotContain("young-generation budget", asShipped, StringComparison.Ordinal);
        Assert.Contains("young-generation budget is 128 MiB", large, StringComparison.Ordinal);
        Assert.Contains("DOTNET_GCgen0size=0x800000 (8 MiB)", large, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_brings_an_empty_database_up_to_date_and_then_has_nothing_to_do()
    {
        var empty = new TestDatabase { Migrate = false };
        await empty.InitializeAsync();
        try
        {
            var environment = new Dictionary<string, string> { ["ConnectionStrings__Cabinet"] = empty.ConnectionString };

            var first = await HostProcess.RunAsync(["migrate"], environment);
            var second = await HostProcess.RunAsync(["migrate"], environment);

            Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
            Assert.Contains($"Applied {ShippedMigrations.Names.Count} migration(s).", first.Output, StringComparison.Ordinal);
            Assert.Contains("The database is up to date.", second.Output, StringComparison.Ordinal);
        }
        finally
        {
            await empty.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_setting_that_is_not_one_of_its_values_is_named_in_one_sentence()
    {
        var (exitCode, output, errors) = await HostProcess.RunAsync(["files", "check"], new Dictionary<string, string>
        {
            ["ConnectionStrings__Cabinet"] = "Host=127.0.0.1;Port=1;Database=cabinet;Username=bot",
            ["Files__Store"] = "S4",
        });

        Assert.Equal(1, exitCode);
        Assert.Equal("Failed to convert configuration value 'S4' at 'Files:Store' to type 'Bot.Storage.Files.ContentStoreKind': S4 is not a valid value for ContentStoreKind.",
            errors.Trim());
        Assert.Empty(output);
    }

    [Fact]
    public async Task An_unreachable_database_is_named_in_one_sentence()
    {
        var (exitCode, _, errors) = await HostProcess.RunAsync(["migrate"], new Dictionary<string, string>
        {
            ["ConnectionStrings__Cabinet"] = "Host=127.0.0.1;Port=1;Database=cabinet;Username=bot;Password=hunter2",
        });

        Assert.Equal(1, exitCode);
        Assert.StartsWith("PostgreSQL is not reachable with ConnectionStrings:Cabinet", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", errors, StringComparison.Ordinal);
    }

    /// <summary>What the bot logs from its start until it polls Telegram, stopped then as a service manager stops it
    /// (SIGTERM), so that its log is written out whole. <paramref name="youngGenerationBudget"/> replaces the harness's
    /// DOTNET_GCgen0size, which is run.sh's.</summary>
    private async Task<string> LogUntilPollingAsync(string? youngGenerationBudget)
    {
        await using var api = await FakeBotApi.StartAsync();
        var environment = HostProcess.Environment(api.Token, api.BaseUrl, database.ConnectionString);
        if (youngGenerationBudget is not null)
        {
            environment["DOTNET_GCgen0size"] = youngGenerationBudget;
        }

        using var host = HostProcess.StartReadingOutput([], environment);
        var output = host.StandardOutput.ReadToEndAsync();
        try
        {
            await api.WaitForCallAsync("getUpdates", timeout: TimeSpan.FromSeconds(60));
        }
        finally
        {
            await HostProcess.StopAsync(host, patience: TimeSpan.FromSeconds(30));
        }

        return await output;
    }
}
