using System.Diagnostics;
using System.Globalization;

namespace Bot.Bench;

/// <summary>Where the machine's CPU went over a measured phase, by party: the host process, PostgreSQL (every process
/// named postgres: the benchmark's cluster, the only one while it runs), this process (the fake Bot API, the users,
/// and the echo bot when it is the one measured), anything else, and idle — read from /proc at the start and the end.</summary>
internal sealed class CpuLedger
{
    private readonly int? hostProcessId;
    private readonly double host;
    private readonly double bench;
    private readonly Dictionary<int, double> postgres;
    private readonly (double Busy, double Idle) machine;

    private CpuLedger(int? hostProcessId)
    {
        this.hostProcessId = hostProcessId;
        host = hostProcessId is { } id ? ProcessCpu.Seconds(id) : 0;
        bench = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        postgres = PostgresSeconds();
        machine = MachineSeconds();
    }

    public static CpuLedger Start(int? hostProcessId) => new(hostProcessId);

    /// <summary>Milliseconds of CPU per interaction since the start, by party.</summary>
    public CpuShares PerInteraction(int interactions)
    {
        var hostSeconds = hostProcessId is { } id ? ProcessCpu.Seconds(id) - host : 0;
        var benchSeconds = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - bench;
        // A backend that started during the phase counts from zero; one that ended took its time with it (the pool keeps them).
        var postgresSeconds = PostgresSeconds().Sum(backend => backend.Value - postgres.GetValueOrDefault(backend.Key));
        var (busy, idle) = MachineSeconds();
        var otherSeconds = Math.Max(0, busy - machine.Busy - hostSeconds - benchSeconds - postgresSeconds);
        double PerInteraction(double seconds) => seconds * 1000 / Math.Max(1, interactions);
        return new CpuShares(PerInteraction(hostSeconds), PerInteraction(postgresSeconds), PerInteraction(benchSeconds), PerInteraction(otherSeconds), PerInteraction(idle - machine.Idle));
    }

    private static Dictionary<int, double> PostgresSeconds()
    {
        var seconds = new Dictionary<int, double>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var processId) && ReadComm(folder) == "postgres")
            {
                try
                {
                    seconds[processId] = ProcessCpu.Seconds(processId);
                }
                catch (IOException)
                {
                    // It ended between the listing and the read.
                }
            }
        }

        return seconds;
    }

    private static string? ReadComm(string folder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(folder, "comm")).TrimEnd('\n');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>All cores' busy and idle time since boot (the first line of /proc/stat).</summary>
    private static (double Busy, double Idle) MachineSeconds()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal (guest time is already counted in user)
        var idle = fields[3] + fields[4];
        var busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
        return (busy / ProcessCpu.TicksPerSecond, idle / ProcessCpu.TicksPerSecond);
    }
}
