using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Bot.Testing.Processes;
using Amazon.S3;
using Amazon.S3.Model;
using Bot.Storage.Files;
using Bot.Storage.Files.S3;

namespace Bot.Testing.S3;

/// <summary>A real S3-compatible server (s3rver, from npm) on 127.0.0.1, its data in a temp folder: one shared by
/// a test process (<see cref="SharedAsync"/>), or a dedicated one for a test that stops it. Each test takes a
/// fresh bucket. A detached watchdog stops the server and removes its folder when the test process ends, even
/// when the test host is killed.</summary>
public sealed class S3TestServer
{
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private static readonly Lazy<Task<S3TestServer>> Shared = new(StartAsync);
    private readonly string script;
    private readonly string folder;
    private Process? process;

    private S3TestServer(string script, string folder, int port)
    {
        this.script = script;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}";

    public static Task<S3TestServer> SharedAsync() => Shared.Value;

    public static async Task<S3TestServer> StartAsync()
    {
        var server = new S3TestServer(await S3ServerPackage.ScriptAsync(), Directory.CreateTempSubdirectory("botcabinet-s3-").FullName, FreePort.Next());
        await server.StartServerAsync();
        server.RemoveWhenProcessEnds();
        return server;
    }

    /// <summary>Starts (again) on the same port and folder: objects stored before a stop are there.</summary>
    public async Task StartServerAsync()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, "-d", folder, "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--no-vhost-buckets" })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node: is Node.js installed?");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await AcceptsAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The test S3 server did not start on port {Port} (exit code {(process.HasExited ? process.ExitCode : "none")}).");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Stops the server at once, as an outage would: connections are refused until it starts again.</summary>
    public async Task StopServerAsync()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
        }
    }

    /// <summary>A new empty bucket on this server.</summary>
    public async Task<string> CreateBucketAsync()
    {
        var bucket = "files-" + Guid.NewGuid().ToString("N")[..16];
        using var client = Client();
        await client.PutBucketAsync(bucket);
        return bucket;
    }

    /// <summary>A client of this server, for a test to look into a bucket behind the bot's back.</summary>
    public AmazonS3Client Client() => S3Clients.Create(Options("", "").S3);

    public FileStoreOptions Options(string bucket, string root) => new()
    {
        Store = ContentStoreKind.S3,
        Root = root,
        S3 = new S3StoreOptions { ServiceUrl = ServiceUrl, Bucket = bucket, AccessKey = AccessKey, SecretKey = SecretKey, ForcePathStyle = true, TimeoutSeconds = 5 },
    };

    /// <summary>The same as configuration, for a host.</summary>
    public Dictionary<string, string?> Settings(string bucket) => new()
    {
        ["Files:Store"] = "S3",
        ["Files:S3:ServiceUrl"] = ServiceUrl,
        ["Files:S3:Bucket"] = bucket,
        ["Files:S3:AccessKey"] = AccessKey,
        ["Files:S3:SecretKey"] = SecretKey,
        ["Files:S3:ForcePathStyle"] = "true",
        ["Files:S3:TimeoutSeconds"] = "5",
    };

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var probe = new TcpClient();
            await probe.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Once this process ends, the server is stopped and its folder deleted (<see cref="Watchdog"/>); "[s]3rver"
    /// matches the server's command line but not the watchdog's own, which pkill would otherwise end too.</summary>
    private void RemoveWhenProcessEnds() =>
        Watchdog.WhenThisProcessEnds($"pkill -f -- {Shell.Quote("[s]3rver.js -d " + folder)}; rm -rf {Shell.Quote(folder)}");
}
