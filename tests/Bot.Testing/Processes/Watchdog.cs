using System.Diagnostics;

namespace Bot.Testing.Processes;

/// <summary>Cleanup that outlives the test process: the test host may be killed rather than exit (vstest does so
/// once the tests are done), so cleanup cannot be an exit handler. A detached shell waits for this process to end,
/// then runs the command.</summary>
internal static class Watchdog
{
    public static void WhenThisProcessEnds(string shellCommand)
    {
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 0.5; done; {shellCommand}";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        using var watchdog = Process.Start(start) ?? throw new InvalidOperationException("Could not start the cleanup watchdog.");
    }
}
