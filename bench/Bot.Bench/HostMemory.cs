using System.Diagnostics;
using System.Globalization;

namespace Bot.Bench;

internal static class HostMemory
{
    /// <summary>The process's peak resident memory (VmHWM) in MiB, read from /proc.</summary>
    public static long PeakMb(Process process)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
