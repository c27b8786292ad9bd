using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bot.Testing.Postgres;

/// <summary>initdb + pg_ctl in a temp folder on a free port, tuned for tests (no fsync). PostgreSQL refuses
/// to run as root, so as root the cluster runs as the postgres user via runuser.</summary>
public sealed class ThrowawayCluster
{
    private readonly string folder;
    private readonly string binaries;

    private readonly bool durableCommits;

    private ThrowawayCluster(string folder, string binaries, int port, bool durableCommits)
    {
        this.folder = folder;
        this.binaries = binaries;
        this.durableCommits = durableCommits;
        Port = port;
    }

    public int Port { get; }

    private string DataFolder => Path.Combine(folder, "data");

    private static bool AsRoot => Environment.UserName == "root";

    /// <param name="durableCommits">Whether a commit survives the server being killed. Off, commits return
    /// before their WAL is written — fast, and fine unless a test stops the server mid-traffic.</param>
    internal static async Task<ThrowawayCluster> StartAsync(bool durableCommits = false)
    {
        var binaries = PostgresBinaries.Find();
        var folder = Directory.CreateTempSubdirectory("botcabinet-pg-").FullName;
        var cluster = new ThrowawayCluster(folder, binaries, FreePort(), durableCommits);
        if (AsRoot)
        {
            await Shell.RunAsync("chown", ["postgres:postgres", folder]);
        }

        await Shell.RunAsync(cluster.Tool("initdb"), [.. cluster.ToolArguments("initdb"), "-D", cluster.DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await cluster.StartServerAsync();
        cluster.RemoveWhenProcessEnds();
        return cluster;
    }

    public Task StartServerAsync() =>
        Shell.RunAsync(Tool("pg_ctl"), [.. ToolArguments("pg_ctl"), "-D", DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit={(durableCommits ? "on" : "off")} -c full_page_writes=off -c max_connections=300"]);

    /// <summary>Stops the server at once, dropping every connection, as a crash or a failover would.</summary>
    public Task StopServerAsync() =>
        Shell.RunAsync(Tool("pg_ctl"), [.. ToolArguments("pg_ctl"), "-D", DataFolder, "-m", "immediate", "-w", "stop"]);

    /// <summary>The test host may be killed rather than exit (vstest does so once the tests are done), so
    /// cleanup cannot be an exit handler: a detached watchdog waits for this process to end, then stops
    /// the server and deletes the folder.</summary>
    private void RemoveWhenProcessEnds()
    {
        string[] stopCommand = [Tool("pg_ctl"), .. ToolArguments("pg_ctl"), "-D", DataFolder, "-m", "immediate", "-w", "stop"];
        var stop = string.Join(' ', stopCommand.Select(Quote));
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 0.5; done; {stop}; rm -rf {Quote(folder)}";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        using var watchdog = Process.Start(start) ?? throw new InvalidOperationException("Could not start the cleanup watchdog.");
    }

    private string Tool(string name) => AsRoot ? "runuser" : Path.Combine(binaries, name);

    private string[] ToolArguments(string name) => AsRoot ? ["-u", "postgres", "--", Path.Combine(binaries, name)] : [];

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
