using Bot.Core.Messaging;

namespace Bot.Core.Invites;

/// <summary>Uses an invite for a Telegram user, in the update's transaction: the invite is marked used and
/// the user bound together, or neither.</summary>
public interface IInviteRedeemer
{
    Task<InviteOutcome> RedeemAsync(string token, ChatUser user, DateTimeOffset now, CancellationToken cancellationToken);
}
