using System.Threading.Channels;
using Bot.Host.Telegram;
using Bot.Storage.Outbox;
using Microsoft.Extensions.Options;

namespace Bot.Host.Outbox;

/// <summary>Replies an inbox worker committed already leased to this instance, handed straight to the sender:
/// no lease statement and no wait for a sender loop's next look at the table. The outbox rows stay the record;
/// should this instance die or fall behind, the leases run out and any sender takes the rows from the table.</summary>
internal sealed class ReplyHandOff(IOptions<TelegramOptions> telegram, TimeProvider time)
{
    private readonly Channel<HandedOff> queue = Channel.CreateUnbounded<HandedOff>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private int leftBehind;

    /// <summary>Until when rows handed off now are leased.</summary>
    public DateTimeOffset LeaseFrom(DateTimeOffset now) => now + SendLease.For(telegram.Value);

    /// <summary>False once the sender has stopped taking rows: the caller releases them to the table.</summary>
    public bool Offer(IReadOnlyList<OutboxItem> items, DateTimeOffset leasedUntil) =>
        items.Count == 0 || queue.Writer.TryWrite(new HandedOff(items, leasedUntil));

    public ChannelReader<HandedOff> Reader => queue.Reader;

    /// <summary>Whether rows leased until then can still be sent within their lease.</summary>
    public bool InTime(HandedOff rows) =>
        time.GetUtcNow() + SendLease.MaxWaitInMemory + TimeSpan.FromSeconds(telegram.Value.RequestTimeoutSeconds) < rows.LeasedUntil;

    public void Close() => queue.Writer.TryComplete();

    /// <summary>Notes that a reply went to the outbox instead, possibly behind rows in flight here: once they
    /// are recorded, the outbox's loops are woken for it at once rather than at their next look.</summary>
    public void NoteLeftBehind() => Volatile.Write(ref leftBehind, 1);

    /// <summary>Whether a reply went to the outbox since the last time this was asked.</summary>
    public bool TakeLeftBehind() => Interlocked.Exchange(ref leftBehind, 0) == 1;

    internal sealed record HandedOff(IReadOnlyList<OutboxItem> Items, DateTimeOffset LeasedUntil);
}
