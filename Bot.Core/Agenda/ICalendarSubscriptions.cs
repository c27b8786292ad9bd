namespace Bot.Core.Agenda;

/// <summary>Personal calendar feeds: only a hash of each token is kept, so the database alone cannot open a feed.
/// A person has at most one live feed per company (<c>null</c>: all the companies a staff member serves).</summary>
public interface ICalendarSubscriptions
{
    /// <summary>Revokes the person's live feed for the scope, if any, and records the new one.</summary>
    Task CreateAsync(byte[] tokenHash, long userId, int? companyId, string? languageCode, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The owner, scope and language of a live feed; null for an unknown or revoked token.</summary>
    Task<(long UserId, int? CompanyId, string? LanguageCode)?> FindAsync(byte[] tokenHash, CancellationToken cancellationToken);

    /// <summary>When the person's live feed for the scope was made; null when there is none.</summary>
    Task<DateTimeOffset?> ActiveSinceAsync(long userId, int? companyId, CancellationToken cancellationToken);

    /// <summary>Revokes the person's live feed for the scope; false when there was none.</summary>
    Task<bool> RevokeAsync(long userId, int? companyId, DateTimeOffset now, CancellationToken cancellationToken);
}
