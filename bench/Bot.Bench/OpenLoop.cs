using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bot.Bench;

/// <summary>Open-loop arrivals: interactions start at a fixed mean rate with random (exponential, i.e.
/// Poisson) gaps, whether or not earlier ones were answered, as independent users' messages arrive. Each
/// interaction sends at once on the arrival thread and returns the task that awaits its reply's latency.</summary>
internal static class OpenLoop
{
    public sealed record Window(List<double> LatenciesMs, int Skipped, int Failed, string? FirstFailure);

    /// <summary>Runs arrivals for <paramref name="duration"/>; <paramref name="start"/> returns null when no
    /// user is free to act (counted as skipped). Waits for every started interaction before returning; one that
    /// times out or gets another answer than expected is counted as failed.</summary>
    public static async Task<Window> RunAsync(double perSecond, TimeSpan duration, Func<Task<double>?> start, int seed)
    {
        var latencies = new ConcurrentBag<double>();
        var pending = new List<Task>();
        var skipped = 0;
        var failed = 0;
        string? firstFailure = null;
        var random = new Random(seed);
        var arrivals = new Thread(() =>
        {
            var clock = Stopwatch.StartNew();
            var next = 0.0;
            while (true)
            {
                next += -Math.Log(1 - random.NextDouble()) / perSecond;
                if (next >= duration.TotalSeconds)
                {
                    return;
                }

                WaitUntil(clock, next);
                var interaction = start();
                if (interaction is null)
                {
                    skipped++;
                    continue;
                }

                pending.Add(Record(interaction));
            }
        }) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        arrivals.Start();
        await Task.Run(arrivals.Join);
        await Task.WhenAll(pending);
        return new Window([.. latencies.Order()], skipped, failed, firstFailure);

        async Task Record(Task<double> interaction)
        {
            try
            {
                latencies.Add(await interaction);
            }
            catch (Exception error) when (error is TimeoutException or InvalidOperationException)
            {
                // No answer in time, or not the answer expected: counted, and the first one shown.
                Interlocked.CompareExchange(ref firstFailure, error.Message, null);
                Interlocked.Increment(ref failed);
            }
        }
    }

    /// <summary>Sleeps in the OS timer's millisecond steps: an arrival is up to a millisecond late, which leaves
    /// the gaps random, and spinning for precision would take a core from the bots on a small machine. Latency
    /// is timed from the actual send.</summary>
    private static void WaitUntil(Stopwatch clock, double seconds)
    {
        while (seconds - clock.Elapsed.TotalSeconds > 0.0005)
        {
            Thread.Sleep(1);
        }
    }
}
