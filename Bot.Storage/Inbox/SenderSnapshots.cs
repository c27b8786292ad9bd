using System.Collections.Concurrent;

namespace Bot.Storage.Inbox;

/// <summary>The senders this instance handled last, by user and chat, so that their next update can be handled
/// before anything is read (<see cref="ArrivalClaims.Take"/>). A snapshot is only ever a guess: the check
/// travelling with the writes refuses the transaction when it no longer holds. Bounded: past
/// <see cref="Capacity"/> senders it starts afresh.</summary>
public sealed class SenderSnapshots
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<(long UserId, long ChatId), SenderSnapshot> known = new();

    /// <summary>Whether this sender in this chat is remembered (an update of theirs may be taken on the snapshot).</summary>
    public bool Knows(long userId, long chatId) => known.ContainsKey((userId, chatId));

    internal bool TryGet(long userId, long chatId, out SenderSnapshot snapshot) =>
        known.TryGetValue((userId, chatId), out snapshot!);

    internal void Remember(long userId, long chatId, SenderSnapshot snapshot)
    {
        if (known.Count >= Capacity)
        {
            known.Clear();
        }

        known[(userId, chatId)] = snapshot;
    }

    internal void Forget(long userId, long chatId) => known.TryRemove((userId, chatId), out _);
}
