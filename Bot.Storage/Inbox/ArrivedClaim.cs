using Npgsql;

namespace Bot.Storage.Inbox;

/// <summary>An update just received, taken on what the instance remembers of its sender
/// (<see cref="ArrivalClaims.Take"/>). The check deferred for it must learn, before the commit, how many of
/// the replies to its chat were leased for the hand-off: the chat's pacing must allow as many.</summary>
public sealed class ArrivedClaim(ClaimedUpdate claimed, NpgsqlParameter leased)
{
    public ClaimedUpdate Claimed { get; } = claimed;

    public void NoteLeased(int replies) => leased.Value = replies;
}
