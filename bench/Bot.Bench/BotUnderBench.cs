using System.Diagnostics;
using Bot.FakeTelegram;
using Bot.Testing.Hosting;
using Bot.Testing.Postgres;
using Bot.Testing.Processes;

namespace Bot.Bench;

/// <summary>The real host as its own process, on a fresh database, polling the given fake.</summary>
internal sealed class BotUnderBench : IAsyncDisposable
{
    /// <summary>BENCH_HOST_X=v sets the host's X=v (runtime knobs to compare).</summary>
    private const string HostPrefix = "BENCH_HOST_";
    private readonly TestDatabase database = new();
    private Process? host;

    public string ConnectionString => database.ConnectionString;

    public Process Process => host ?? throw new InvalidOperationException("Not started.");

    /// <summary>The host's HTTP endpoints (/metrics, /health).</summary>
    public HttpClient Http { get; } = new();

    public async Task PrepareAsync() => await database.InitializeAsync();

    public async Task StartAsync(FakeBotApi api, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = HostProcess.Environment(api.Token, api.BaseUrl, database.ConnectionString);
        environment["Firm__Name"] = "Бухгалтерия и партнёры";
        environment["Logging__LogLevel__Default"] = "Warning";
        Http.BaseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        environment["Http__Urls"] = Http.BaseAddress.ToString();
        if (Environment.GetEnvironmentVariable("BENCH_TRACE") is { Length: > 0 } tracePath)
        {
            // A CPU sample trace of the host for `dotnet-trace report FILE topN`.
            environment["DOTNET_EnableEventPipe"] = "1";
            environment["DOTNET_EventPipeOutputPath"] = tracePath;
            environment["DOTNET_EventPipeConfig"] = "Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:0:5";
        }

        foreach (var variable in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(key => key.StartsWith(HostPrefix, StringComparison.Ordinal)))
        {
            environment[variable[HostPrefix.Length..]] = Environment.GetEnvironmentVariable(variable)!;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        host = Environment.GetEnvironmentVariable("BENCH_HOST_LOG") is { Length: > 0 } logPath
            ? StartLogging(environment, logPath)
            : HostProcess.StartInBackground(environment);
        // The host registers its commands just before it starts polling and sending.
        await api.WaitForCallAsync("setMyCommands", timeout: TimeSpan.FromSeconds(60));
    }

    /// <summary>The host with its output (warnings and above, as set above) appended to a file.</summary>
    private static Process StartLogging(Dictionary<string, string> environment, string logPath)
    {
        var process = HostProcess.StartReadingOutput([], environment);
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, line) =>
        {
            lock (log)
            {
                log.WriteLine(line.Data);
            }
        };
        process.BeginOutputReadLine();
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            // A graceful stop first, so that a trace is written out whole.
            await HostProcess.StopAsync(host, patience: TimeSpan.FromSeconds(15));
            host.Dispose();
        }

        Http.Dispose();
        await database.DisposeAsync();
    }
}
