using Bot.Storage.Leadership;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Outbox;

/// <summary>Checks this instance in every few seconds and hands the <see cref="SendBudget"/> its share of
/// the global rate: with two instances sending, each sends at most half of it.</summary>
internal sealed class ClusterShare(InstanceRegistry registry, SendBudget budget, ILogger<ClusterShare> log, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan LiveFor = TimeSpan.FromSeconds(10);
    private readonly string instanceId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var instances = await registry.CheckInAsync(instanceId, time.GetUtcNow(), LiveFor, stoppingToken);
                if (budget.ShareWith(instances))
                {
                    log.LogInformation("Sending at 1/{Instances} of Telegram's global rate: {Instances} instances send", instances, instances);
                }
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(error, "Could not check in with the other instances; keeping the current share");
            }

            await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        try
        {
            await registry.CheckOutAsync(instanceId, CancellationToken.None);
        }
        catch (Exception error) when (error is Npgsql.NpgsqlException or TimeoutException)
        {
            log.LogDebug(error, "Could not check out; the entry expires by itself");
        }
    }
}
