using Bot.Storage.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Operations;

/// <summary>Measures the outbox every few seconds for the gauges (a scrape must not wait on the database).</summary>
internal sealed class OutboxSampler(OutboxDelivery outbox, BotMetrics metrics, ILogger<OutboxSampler> log, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (depth, oldest, failed) = await outbox.MeasureAsync(time.GetUtcNow(), stoppingToken);
                metrics.OutboxDepth.Set(depth);
                metrics.OutboxFailed.Set(failed);
                metrics.OutboxOldestSeconds.Set(oldest.TotalSeconds);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogDebug(error, "Could not measure the outbox");
            }

            await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
