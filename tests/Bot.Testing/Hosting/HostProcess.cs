using System.Diagnostics;

namespace Bot.Testing.Hosting;

/// <summary>Runs the built Bot.Host as an operator would, with only the environment given (tests and the benchmark).</summary>
public static class HostProcess
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        using var process = Start(arguments, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>Runs an administration command (<c>catalog import FILE</c>, <c>staff list</c>, …) against the
    /// database, as an administrator would: it needs no token.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> RunToolAsync(string connectionString, params string[] words) =>
        RunAsync(words, new Dictionary<string, string> { ["ConnectionStrings__Cabinet"] = connectionString });

    /// <summary>What a host process needs to run against a Bot API and a database, answering a stop or a
    /// kill quickly (short polling and request timeouts) and listening on a free port.</summary>
    public static Dictionary<string, string> Environment(string token, Uri apiBaseUrl, string connectionString) => new()
    {
        ["Telegram__Token"] = token,
        ["Telegram__ApiBaseUrl"] = apiBaseUrl.ToString(),
        ["Telegram__PollingTimeoutSeconds"] = "1",
        ["Telegram__RequestTimeoutSeconds"] = "5",
        ["ConnectionStrings__Cabinet"] = connectionString,
        ["Http__Urls"] = "http://127.0.0.1:0",
    };

    /// <summary>Starts the host and leaves it running; its output is read and dropped so it never blocks.</summary>
    public static Process StartInBackground(IReadOnlyDictionary<string, string> environment)
    {
        var process = Start([], environment);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Starts the host with <paramref name="arguments"/> and leaves its standard output to the caller, to act
    /// on what it prints (a test that interrupts a long command); standard error is read and dropped.</summary>
    public static Process StartReadingOutput(string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var process = Start(arguments, environment);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Stops the host as a service manager does (SIGTERM), so that what it writes on its way out (its log, a
    /// trace) is written whole; killed if it has not exited within <paramref name="patience"/>.</summary>
    public static async Task StopAsync(Process process, TimeSpan patience)
    {
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(patience);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static Process Start(string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(HostAssembly());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var inherited in start.Environment.Keys.Where(key => key.Contains("__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        // As run.sh starts it (the young generation's budget; see YoungGenerationBudget), unless the caller sets its own.
        start.Environment["DOTNET_GCgen0size"] = "0x800000";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Bot.Host's own build output, next to its dependencies (the caller's folder lacks some), in the
    /// caller's configuration (…/bin/Release/net10.0 runs …/Bot.Host/bin/Release/net10.0/Bot.Host.dll).</summary>
    private static string HostAssembly()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testFolder.Name;
        var configuration = testFolder.Parent!.Name;
        var root = testFolder;
        while (!File.Exists(Path.Combine(root.FullName, "BotCabinet.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("Repository root not found.");
        }

        return Path.Combine(root.FullName, "Bot.Host", "bin", configuration, framework, "Bot.Host.dll");
    }
}
