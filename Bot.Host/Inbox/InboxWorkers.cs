using Bot.Host.Delivery;
using Bot.Host.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Inbox;

/// <summary>Several loops take batches of updates from the inbox; the inbox's claim gives each chat to one
/// loop at a time, so one chat's updates keep their order while different chats go in parallel. A batch in
/// hand is finished even during a stop, as is one the intake handles as it arrives (<see cref="InboxIntake"/>).</summary>
internal sealed class InboxWorkers(
    InboxProcessor processor,
    InboxIntake intake,
    InboxSignal signal,
    IOptions<DeliveryOptions> options,
    ILogger<InboxWorkers> log,
    TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.WhenAll(Enumerable.Range(0, options.Value.InboxWorkers).Select(_ => Task.Run(() => RunAsync(stoppingToken), CancellationToken.None)));
        await intake.DrainAsync();
    }

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
                    await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.InboxPollSeconds), stoppingToken);
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
