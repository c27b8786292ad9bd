using Bot.Host.Delivery;
using Bot.Host.Telegram;
using Bot.Storage.Inbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Inbox;

/// <summary>Where received updates enter the inbox (from the poller or the webhook). While one of its slots
/// is free (as many as <see cref="DeliveryOptions.InboxWorkers"/>), the updates are stored together with a
/// batch's claim and handled on the spot (<see cref="InboxProcessor.StoreAndProcessAsync"/>); otherwise (or when
/// a throttled update's notice goes with them), or should that round trip fail, they are stored alone and the
/// workers woken; such a failure is logged as a warning with how long it took. Either way <see cref="StoreAsync"/>
/// returns only once they are stored, and throws when they could not be. Handling still under way when the host
/// stops is waited for.</summary>
internal sealed class InboxIntake(
    InboxProcessor processor,
    InboxWriter writer,
    InboxSignal signal,
    IOptions<DeliveryOptions> options,
    ILogger<InboxIntake> log,
    TimeProvider time)
{
    private readonly InlineSlots slots = new(options.Value.InboxWorkers);

    public async Task StoreAsync(IReadOnlyList<InboxEntry> entries, CancellationToken cancellationToken)
    {
        // A throttled update's notice is stored with it in a transaction of their own (InboxWriter.StoreAhead declines them).
        if (entries.Any(entry => entry.Notice is not null) || !slots.TryEnter())
        {
            await StoreAloneAsync(entries, cancellationToken);
            return;
        }

        var arrival = new Arrival(entries);
        _ = HandleAsync(arrival);
        await arrival.Stored.Task;
    }

    /// <summary>Lets the handling under way finish; updates arriving from now on are left to the workers.</summary>
    public Task DrainAsync() => slots.CloseAsync();

    private async Task HandleAsync(Arrival arrival)
    {
        var started = time.GetTimestamp();
        try
        {
            await processor.StoreAndProcessAsync(arrival);
        }
        catch (Exception error) when (!arrival.Stored.Task.IsCompleted)
        {
            // Nothing tells whether the round trip stored them: stored again the usual way (a stored one is left as
            // it is), or Telegram is told it failed and delivers them again. Data PostgreSQL refuses (an update
            // with U+0000) is expected to end here; anything else delays these updates and is worth a look.
            log.Log(
                InboxWriter.IsDataError(error) ? LogLevel.Information : LogLevel.Warning,
                error,
                "Storing {Count} updates with a claim failed after {Elapsed} ms; storing them alone",
                arrival.Entries.Count,
                (long)time.GetElapsedTime(started).TotalMilliseconds);
            try
            {
                await StoreAloneAsync(arrival.Entries, CancellationToken.None);
                arrival.Stored.SetResult();
            }
            catch (Exception storing)
            {
                arrival.Stored.SetException(storing);
            }
        }
        catch (Exception error)
        {
            // The updates are stored: a worker takes them again.
            log.LogWarning(error, "Handling updates as they arrived failed; the workers will take them");
            signal.Notify();
        }
        finally
        {
            slots.Exit();
        }
    }

    /// <summary>Stores the updates on their own and wakes a worker for them.</summary>
    private async Task StoreAloneAsync(IReadOnlyList<InboxEntry> entries, CancellationToken cancellationToken)
    {
        await writer.StoreAsync(entries, time.GetUtcNow(), cancellationToken);
        signal.Notify();
    }
}
