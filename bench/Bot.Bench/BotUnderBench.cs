using System.Diagnostics;
using Bot.FakeTelegram;
using Bot.Testing.Hosting;
using Bot.Testing.Postgres;

namespace Bot.Bench;

/// <summary>The real host as its own process, on a fresh database, polling the given fake.</summary>
internal sealed class BotUnderBench : IAsyncDisposable
{
    private readonly TestDatabase database = new();
    private Process? host;

    public string ConnectionString => database.ConnectionString;

    public Process Process => host ?? throw new InvalidOperationException("Not started.");

    public async Task PrepareAsync() => await database.InitializeAsync();

    public async Task StartAsync(FakeBotApi api, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = HostProcess.Environment(api.Token, api.BaseUrl, database.ConnectionString);
        environment["Firm__Name"] = "Бухгалтерия и партнёры";
        environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        host = HostProcess.StartInBackground(environment);
        // The host registers its commands just before it starts polling and sending.
        await api.WaitForCallAsync("setMyCommands", timeout: TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            host.Dispose();
        }

        await database.DisposeAsync();
    }
}
