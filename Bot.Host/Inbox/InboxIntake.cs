using Bot.Host.Delivery;
using Bot.Host.Telegram;
using Bot.Storage.Inbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Inbox;

/// <summary>Where received updates enter the inbox (from the poller or the webhook). While one of its slots
/// is free (as many as <see cref="DeliveryOptions.InboxWorkers"/>), the updates are stored together with a
/// batch's claim and handled on the spot (<see cref="InboxProcessor.StoreAndProcessAsync"/>); otherwise they
/// are stored alone and the workers woken. Either way <see cref="StoreAsync"/> returns only once they are
/// stored, and throws when they could not be. Handling still under way when the host stops is waited for.</summary>
internal sealed class InboxIntake(
    InboxProcessor processor,
    InboxWriter writer,
    InboxSignal signal,
    IOptions<DeliveryOptions> options,
    ILogger<InboxIntake> log,
    TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.InboxWorkers);
    private readonly CountdownEvent running = new(1);
    private volatile bool stopping;

    public async Task StoreAsync(IReadOnlyList<InboxEntry> entries, CancellationToken cancellationToken)
    {
        if (!TryTakeSlot())
        {
            await writer.StoreAsync(entries, time.GetUtcNow(), cancellationToken);
            signal.Notify();
            return;
        }

        var arrival = new Arrival(entries);
        _ = HandleAsync(arrival);
        await arrival.Stored.Task;
    }

    private bool TryTakeSlot()
    {
        if (stopping || !slots.Wait(0))
        {
            return false;
        }

        if (running.TryAddCount())
        {
            return true;
        }

        slots.Release();
        return false;
    }

    /// <summary>Lets the handling under way finish; updates arriving from now on are left to the workers.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        stopping = true;
        if (running.Signal())
        {
            return;
        }

        await Task.Run(() => running.Wait(cancellationToken), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        slots.Dispose();
        running.Dispose();
    }

    private async Task HandleAsync(Arrival arrival)
    {
        try
        {
            await processor.StoreAndProcessAsync(arrival);
        }
        catch (Exception error)
        {
            // The updates are stored: a worker takes them again.
            log.LogWarning(error, "Handling updates as they arrived failed; the workers will take them");
            signal.Notify();
        }
        finally
        {
            slots.Release();
            running.Signal();
        }
    }
}
