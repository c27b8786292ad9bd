namespace Bot.Core.Invites;

/// <summary>An invite to a company as its PM sees it: when made and until when, used (when, by whom) or revoked, and the rights it gives.</summary>
public sealed record InviteEntry(
    long Id, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, string? UsedByName, DateTimeOffset? RevokedAt, InviteRights Rights)
{
    public bool IsPending(DateTimeOffset now) => UsedAt is null && RevokedAt is null && ExpiresAt > now;
}
