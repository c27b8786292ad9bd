namespace Bot.Bench;

/// <summary>One run of closed-loop users: interactions per second, latency from the user's send to the
/// bot's reply appearing at the Bot API, and where the machine's CPU went per interaction.</summary>
internal sealed record HandlingResult(double PerSecond, double P50Ms, double P95Ms, double P99Ms, long PeakMemoryMb, CpuShares Cpu)
{
    public static HandlingResult From(int interactions, TimeSpan elapsed, List<double> latenciesMs, long peakMemoryMb, CpuShares cpu)
    {
        latenciesMs.Sort();
        return new HandlingResult(interactions / elapsed.TotalSeconds, Percentiles.Of(latenciesMs, 50), Percentiles.Of(latenciesMs, 95), Percentiles.Of(latenciesMs, 99), peakMemoryMb, cpu);
    }
}
