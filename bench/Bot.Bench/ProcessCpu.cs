using System.Globalization;

namespace Bot.Bench;

/// <summary>A process's CPU time (user + system) and resident memory, read from /proc.</summary>
internal static class ProcessCpu
{
    public const double TicksPerSecond = 100; // USER_HZ on Linux

    public static double Seconds(int processId)
    {
        // Fields after the command name (which is in parentheses and may hold spaces): utime is the 14th field, stime the 15th.
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>Resident memory now (VmRSS) in MiB.</summary>
    public static long ResidentMb(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
