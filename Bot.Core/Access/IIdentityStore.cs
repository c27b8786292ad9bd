namespace Bot.Core.Access;

public interface IIdentityStore
{
    Task<Identity> IdentifyAsync(long telegramUserId, CancellationToken cancellationToken);
}
