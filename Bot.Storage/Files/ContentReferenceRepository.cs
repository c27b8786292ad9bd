using Bot.Storage.Connection;
using Bot.Storage.Outbox;

namespace Bot.Storage.Files;

/// <summary>Which kept bytes the database names: an upload's row (<c>stored_files</c>, which requests, the drive,
/// the chat, notifications and filings point to) or a reply still in the outbox (charts and calendars the bot made
/// itself are named only there until the reply is purged).</summary>
public sealed class ContentReferenceRepository(DbSession session)
{
    /// <summary>Those of <paramref name="candidates"/> that no row names.</summary>
    public async Task<IReadOnlyList<string>> UnnamedAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.sha256
            FROM unnest(@Candidates::text[]) AS c(sha256)
            WHERE NOT EXISTS (SELECT 1 FROM stored_files s WHERE s.sha256 = c.sha256)
              AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.kind = @SendFile AND o.payload -> 'file' ->> 'sha256' = c.sha256)
            """;
        return [.. await session.QueryAsync<string>(sql, new { Candidates = candidates.ToArray(), OutboxKind.SendFile }, cancellationToken)];
    }

    /// <summary>Every kept content an upload's row names, with how many rows name it and one of their names, in
    /// pages ordered by hash after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<NamedContent>> NamedAsync(string after, int limit, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT sha256, count(*) AS rows, min(id) AS first_id, min(file_name) AS file_name
            FROM stored_files
            WHERE sha256 > @After
            GROUP BY sha256
            ORDER BY sha256
            LIMIT @Limit
            """;
        return [.. await session.QueryAsync<NamedContent>(sql, new { After = after, Limit = limit }, cancellationToken)];
    }
}
