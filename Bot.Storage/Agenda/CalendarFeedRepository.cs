using Bot.Core.Agenda;
using Bot.Storage.Connection;

namespace Bot.Storage.Agenda;

/// <summary>Personal calendar feeds, found by the SHA-256 of their token.</summary>
public sealed class CalendarFeedRepository(DbSession session) : ICalendarSubscriptions
{
    public async Task CreateAsync(byte[] tokenHash, long userId, int? companyId, string? languageCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await RevokeAsync(userId, companyId, now, cancellationToken);
        await session.ExecuteAsync(
            "INSERT INTO calendar_feeds (token_hash, user_id, company_id, language, created_at) VALUES (@Hash, @UserId, @CompanyId, @Language, @Now)",
            new { Hash = tokenHash, UserId = userId, CompanyId = companyId, Language = languageCode, Now = now }, cancellationToken);
    }

    public async Task<(long UserId, int? CompanyId, string? LanguageCode)?> FindAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        await session.QuerySingleOrDefaultAsync<FeedRow>(
            "SELECT user_id, company_id, language FROM calendar_feeds WHERE token_hash = @Hash AND revoked_at IS NULL", new { Hash = tokenHash }, cancellationToken) is { } row
            ? (row.UserId, row.CompanyId, row.Language)
            : null;

    public async Task<DateTimeOffset?> ActiveSinceAsync(long userId, int? companyId, CancellationToken cancellationToken) =>
        (await session.QueryAsync<DateTime>(
            "SELECT created_at FROM calendar_feeds WHERE user_id = @UserId AND coalesce(company_id, 0) = @Scope AND revoked_at IS NULL",
            new { UserId = userId, Scope = companyId ?? 0 }, cancellationToken)).Select(at => (DateTimeOffset?)new DateTimeOffset(at, TimeSpan.Zero)).SingleOrDefault();

    public async Task<bool> RevokeAsync(long userId, int? companyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            "UPDATE calendar_feeds SET revoked_at = @Now WHERE user_id = @UserId AND coalesce(company_id, 0) = @Scope AND revoked_at IS NULL",
            new { UserId = userId, Scope = companyId ?? 0, Now = now }, cancellationToken) > 0;

    private sealed record FeedRow(long UserId, int? CompanyId, string? Language);
}
