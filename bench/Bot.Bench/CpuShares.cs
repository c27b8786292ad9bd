using System.Globalization;

namespace Bot.Bench;

/// <summary>Milliseconds of CPU per interaction, by party (<see cref="CpuLedger"/>); together they make the machine's
/// cores × the phase's length ÷ its interactions.</summary>
internal sealed record CpuShares(double HostMs, double PostgresMs, double BenchMs, double OtherMs, double IdleMs)
{
    public double TotalMs => HostMs + PostgresMs + BenchMs + OtherMs + IdleMs;

    public static CpuShares Median(IEnumerable<CpuShares> runs)
    {
        var all = runs.ToList();
        return new CpuShares(
            Percentiles.Median(all.Select(r => r.HostMs)), Percentiles.Median(all.Select(r => r.PostgresMs)), Percentiles.Median(all.Select(r => r.BenchMs)),
            Percentiles.Median(all.Select(r => r.OtherMs)), Percentiles.Median(all.Select(r => r.IdleMs)));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"host {HostMs:F3}, PostgreSQL {PostgresMs:F3}, benchmark process {BenchMs:F3}, other {OtherMs:F3}, idle {IdleMs:F3} (of {TotalMs:F3})");
}
