using Bot.Host.Delivery;
using Bot.Host.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Inbox;

/// <summary>Several loops take batches of updates from the inbox; the inbox's claim gives each chat to one
/// loop at a time, so one chat's updates keep their order while different chats go in parallel. A batch in
/// hand is finished even during a stop.</summary>
internal sealed class InboxWorkers(
    InboxProcessor processor,
    InboxSignal signal,
    IOptions<DeliveryOptions> options,
    ILogger<InboxWorkers> log,
    TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(250);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.InboxWorkers).Select(_ => Task.Run(() => RunAsync(stoppingToken), CancellationToken.None)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A notification wakes every waiting loop; a loop that found work goes straight on.
                if (await processor.ProcessDueAsync(CancellationToken.None) == 0)
                {
                    await signal.WaitAsync(IdlePoll, stoppingToken);
                }

                failures = 0;
            }
            catch (Exception error)
            {
                var delay = Backoff.For(++failures);
                log.LogWarning(error, "Reading the inbox failed; retrying in {Delay}", delay);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
