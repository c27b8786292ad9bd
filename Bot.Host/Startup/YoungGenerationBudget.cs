using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Startup;

/// <summary>The garbage collector's budget for new objects between collections. The runtime sizes it from the
/// processor's L3 cache, so on a server reporting a large one (260 MiB gave an 80 MiB budget) the bot's resident memory
/// passed 200 MB under load (251 MiB at 300 updates/s); at 8 MiB, with tiered PGO off, it stayed at 170–173 MiB for
/// about a fifth more CPU per update (bench/README.md). Only the environment variable <c>DOTNET_GCgen0size</c> sets
/// it — the runtime reads no configuration file for it — so <c>run.sh</c> sets it, and a host started another way
/// says so once at start.</summary>
public static class YoungGenerationBudget
{
    /// <summary>What <c>run.sh</c> sets (<c>DOTNET_GCgen0size=0x800000</c>).</summary>
    public const long Shipped = 8 * 1024 * 1024;

    /// <summary>The budget this process runs with, as the runtime reports it; null if it reports none.</summary>
    private static long? Current() =>
        GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var value)
            ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>A warning when the budget is above what is shipped: the operator started the host without <c>run.sh</c>.</summary>
    public static void WarnIfOverShipped(ILogger logger)
    {
        if (Current() is { } budget && budget > Shipped)
        {
            logger.LogWarning(
                "The runtime's young-generation budget is {BudgetMiB} MiB (sized from the processor's cache): resident memory can pass 200 MB under load. Start the bot with DOTNET_GCgen0size=0x{Shipped:x} ({ShippedMiB} MiB) in its environment, as run.sh does.",
                budget / 1024 / 1024, Shipped, Shipped / 1024 / 1024);
        }
    }
}
