using Bot.Testing.Processes;

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
        var cluster = new ThrowawayCluster(folder, binaries, FreePort.Next(), durableCommits);
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

    /// <summary>Once this process ends, the server is stopped and its folder deleted (<see cref="Watchdog"/>).</summary>
    private void RemoveWhenProcessEnds()
    {
        string[] stopCommand = [Tool("pg_ctl"), .. ToolArguments("pg_ctl"), "-D", DataFolder, "-m", "immediate", "-w", "stop"];
        Watchdog.WhenThisProcessEnds($"{string.Join(' ', stopCommand.Select(Shell.Quote))}; rm -rf {Shell.Quote(folder)}");
    }

    private string Tool(string name) => AsRoot ? "runuser" : Path.Combine(binaries, name);

    private string[] ToolArguments(string name) => AsRoot ? ["-u", "postgres", "--", Path.Combine(binaries, name)] : [];
}
