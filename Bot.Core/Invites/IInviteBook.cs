namespace Bot.Core.Invites;

/// <summary>A company's invites made in the bot, in the update's transaction. Only a token's hash is stored.</summary>
public interface IInviteBook
{
    /// <summary>The bot's username for the link; null until the bot has started once.</summary>
    Task<string?> BotUsernameAsync(CancellationToken cancellationToken);

    /// <summary>A new single-use invite to the company; returns its token (shown once).</summary>
    Task<string> CreateAsync(int companyId, InviteRights rights, long createdBy, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>The company's latest invites, newest first.</summary>
    Task<IReadOnlyList<InviteEntry>> ListAsync(int companyId, int limit, CancellationToken cancellationToken);

    /// <summary>Revokes an unused invite of the company; false when it is used, revoked already or not the company's.</summary>
    Task<bool> RevokeAsync(int companyId, long inviteId, DateTimeOffset now, CancellationToken cancellationToken);
}
