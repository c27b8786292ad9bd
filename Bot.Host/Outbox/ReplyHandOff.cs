using System.Threading.Channels;
using Bot.Host.Delivery;
using Bot.Host.Telegram;
using Bot.Storage.Outbox;
using Microsoft.Extensions.Options;

namespace Bot.Host.Outbox;

/// <summary>Replies an inbox worker committed already leased to this instance, handed straight to the sender:
/// no lease statement and no wait for a sender loop's next look at the table. While fewer than
/// <see cref="DeliveryOptions.SenderConcurrency"/> handed-off batches are on their way, a batch is sent at once
/// from the hand-over itself (no thread waits to be woken for it); beyond that it queues for the sender's loops.
/// The outbox rows stay the record; should this instance die or fall behind, the leases run out and any sender
/// takes the rows from the table.</summary>
internal sealed class ReplyHandOff(IOptions<TelegramOptions> telegram, IOptions<DeliveryOptions> delivery, TimeProvider time)
{
    private readonly Channel<HandedOff> queue = Channel.CreateUnbounded<HandedOff>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly InlineSlots direct = new(delivery.Value.SenderConcurrency);
    private Func<HandedOff, Task>? send;
    private int leftBehind;

    /// <summary>Until when rows handed off now are leased.</summary>
    public DateTimeOffset LeaseFrom(DateTimeOffset now) => now + SendLease.For(telegram.Value);

    /// <summary>The sender's way of sending a handed-off batch, used from <see cref="Offer"/> while a slot is free.</summary>
    public void Attach(Func<HandedOff, Task> sender) => send = sender;

    /// <summary>False once the sender has stopped taking rows: the caller releases them to the table.</summary>
    public bool Offer(IReadOnlyList<OutboxItem> items, DateTimeOffset leasedUntil)
    {
        if (items.Count == 0)
        {
            return true;
        }

        var rows = new HandedOff(items, leasedUntil);
        if (send is { } sender && direct.TryEnter())
        {
            _ = SendNowAsync(sender, rows);
            return true;
        }

        return queue.Writer.TryWrite(rows);
    }

    public ChannelReader<HandedOff> Reader => queue.Reader;

    /// <summary>Whether rows leased until then can still be sent within their lease.</summary>
    public bool InTime(HandedOff rows) =>
        time.GetUtcNow() + SendLease.MaxWaitInMemory + TimeSpan.FromSeconds(telegram.Value.RequestTimeoutSeconds) < rows.LeasedUntil;

    /// <summary>Takes nothing more; completes once the batches being sent at once are sent (those queued are
    /// sent by the sender's loops before they end).</summary>
    public Task CloseAsync()
    {
        queue.Writer.TryComplete();
        return direct.CloseAsync();
    }

    /// <summary>Notes that a reply went to the outbox instead, possibly behind rows in flight here: once they
    /// are recorded, the outbox's loops are woken for it at once rather than at their next look.</summary>
    public void NoteLeftBehind() => Volatile.Write(ref leftBehind, 1);

    /// <summary>Whether a reply went to the outbox since the last time this was asked.</summary>
    public bool TakeLeftBehind() => Interlocked.Exchange(ref leftBehind, 0) == 1;

    private async Task SendNowAsync(Func<HandedOff, Task> sender, HandedOff rows)
    {
        try
        {
            await sender(rows); // never throws: every row ends with an outcome
        }
        finally
        {
            direct.Exit();
        }
    }

    internal sealed record HandedOff(IReadOnlyList<OutboxItem> Items, DateTimeOffset LeasedUntil);
}
