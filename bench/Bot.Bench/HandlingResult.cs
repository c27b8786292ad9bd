namespace Bot.Bench;

/// <summary>One run of closed-loop users: interactions per second and latency from the user's send to the
/// bot's reply appearing at the Bot API.</summary>
internal sealed record HandlingResult(double PerSecond, double P50Ms, double P95Ms, double P99Ms, long PeakMemoryMb)
{
    public static HandlingResult From(int interactions, TimeSpan elapsed, List<double> latenciesMs, long peakMemoryMb)
    {
        latenciesMs.Sort();
        return new HandlingResult(interactions / elapsed.TotalSeconds, Percentiles.Of(latenciesMs, 50), Percentiles.Of(latenciesMs, 95), Percentiles.Of(latenciesMs, 99), peakMemoryMb);
    }
}
