using Bot.Demo;
using Microsoft.Extensions.Hosting;

// Bot.Demo [--reset] — see README «Try it without Telegram». ./run.sh demo gives it the demo's own database.
var reset = args.Contains("--reset");
if (args.Except(["--reset"]).Any())
{
    await Console.Error.WriteLineAsync("Usage: ./run.sh demo [--reset]   (--reset starts the demonstration firm afresh)");
    return 2;
}

var connectionString = Environment.GetEnvironmentVariable("Demo__ConnectionString");
if (string.IsNullOrWhiteSpace(connectionString))
{
    await Console.Error.WriteLineAsync("Demo__ConnectionString is not set: start the demo with ./run.sh demo, which prepares its database.");
    return 1;
}

var settings = new DemoSettings(
    connectionString,
    Path.GetFullPath(Environment.GetEnvironmentVariable("Demo__FilesRoot") ?? ".local/demo-files"),
    Environment.GetEnvironmentVariable("Demo__Urls") ?? DemoSettings.DefaultUrls,
    reset);
await using var demo = await DemoApp.StartAsync(settings);
await Console.Out.WriteLineAsync($"""

    The demo is running. Open the sandbox: {demo.SandboxUrl}
    Everyone there talks to the real bot through a fake Telegram on this machine; Ctrl+C stops it.

    """);
await demo.Host.WaitForShutdownAsync();
return 0;
