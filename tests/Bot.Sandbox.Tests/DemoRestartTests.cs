using Bot.Demo;
using Bot.Testing.Postgres;
using Microsoft.Extensions.Logging;

namespace Bot.Sandbox.Tests;

/// <summary>The demo stopped and started again without --reset: the firm is kept (not set up twice) and the bot answers the
/// people at once, though the fake Telegram started afresh.</summary>
public sealed class DemoRestartTests : IAsyncLifetime
{
    private readonly TestDatabase database = new() { Migrate = false };
    private readonly string folder = Directory.CreateTempSubdirectory("sandbox-restart-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_demo_started_again_keeps_the_firm_and_answers_at_once()
    {
        var settings = new DemoSettings(database.ConnectionString, folder, "http://127.0.0.1:0");
        await using (var first = await StartAsync(settings))
        {
            first.Person("client").SendCommand("menu");
            await first.Person("client").WaitForMessageAsync(m => m.Text?.Contains("Выберите раздел", StringComparison.Ordinal) == true);
        }

        await using var again = await StartAsync(settings);
        again.Person("client").SendCommand("menu");
        var menu = await again.Person("client").NextMessageAsync();

        Assert.Contains("Выберите раздел", menu.Text, StringComparison.Ordinal);
        Assert.Contains("Заказать услугу", menu.AllButtons.Select(button => button.Text));
    }

    private static Task<DemoApp> StartAsync(DemoSettings settings) => DemoApp.StartAsync(settings, logging => logging.ClearProviders());
}
