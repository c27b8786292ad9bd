using Bot.Host.Operations;
using Bot.Storage.Leadership;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Telegram;

/// <summary>In polling mode exactly one instance polls Telegram at a time (two pollers would only make
/// Telegram answer 409 Conflict). The poller holds a PostgreSQL advisory lock; the others stand by and
/// one takes over within seconds when the poller dies or loses the database.</summary>
internal sealed class PollingService(
    AdvisoryLocks locks,
    UpdatePoller poller,
    PollerHealth health,
    IOptions<TelegramOptions> options,
    ILogger<PollingService> log,
    TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan StandbyCheck = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LeaseCheck = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Mode != TelegramOptions.PollingMode)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            HeldLock? lease = null;
            try
            {
                lease = await locks.TryAcquireAsync(AdvisoryLocks.PollingKey, stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(error, "Could not ask the database who polls; trying again");
            }

            if (lease is null)
            {
                await Task.Delay(StandbyCheck, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            await using (lease)
            {
                log.LogInformation("This instance polls Telegram now");
                health.Polling = true;
                health.Succeeded();
                using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var watch = WatchAsync(lease, lost);
                await poller.PollAsync(lost.Token);
                await lost.CancelAsync();
                await watch;
                health.Polling = false;
            }
        }
    }

    private async Task WatchAsync(HeldLock lease, CancellationTokenSource lost)
    {
        while (!lost.IsCancellationRequested)
        {
            await Task.Delay(LeaseCheck, time, lost.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!lost.IsCancellationRequested && !await lease.IsHeldAsync(lost.Token))
            {
                log.LogWarning("Lost the polling lease with the database connection; standing by");
                await lost.CancelAsync();
            }
        }
    }
}
