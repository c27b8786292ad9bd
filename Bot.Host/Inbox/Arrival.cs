using Bot.Storage.Inbox;

namespace Bot.Host.Inbox;

/// <summary>Updates just received, on their way into the inbox with a claim (<see cref="InboxProcessor.StoreAndProcessAsync"/>);
/// <see cref="Stored"/> completes once they are stored.</summary>
internal sealed class Arrival(IReadOnlyList<InboxEntry> entries)
{
    private readonly HashSet<long> ids = [.. entries.Select(entry => entry.UpdateId)];

    public IReadOnlyList<InboxEntry> Entries { get; } = entries;

    /// <summary>Completes once the updates are stored (its continuations run apart from the handling).</summary>
    public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Brought(long updateId) => ids.Contains(updateId);

    /// <summary>Whether an update of these, to be handled, was left out of the batch claimed with them (another
    /// of its chat came first, or the batch was full): a worker takes it later.</summary>
    public bool LeftBehind { get; private set; }

    /// <summary>Notes the batch claimed with these updates; returns <see cref="LeftBehind"/>.</summary>
    public bool NoteClaimed(IReadOnlyList<ClaimedUpdate> batch) =>
        LeftBehind = Entries.Any(entry => !entry.Throttled && !batch.Any(claimed => claimed.UpdateId == entry.UpdateId));
}
