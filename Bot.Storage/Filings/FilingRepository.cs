using Bot.Core.Filings;
using Bot.Storage.Connection;

namespace Bot.Storage.Filings;

/// <summary>Filings in the current transaction: read by the bot, recorded by the import (command or HTTP).</summary>
public sealed class FilingRepository(DbSession session) : IFilings
{
    public async Task<(IReadOnlyList<Filing> Page, int Total)> PageAsync(int companyId, int offset, int limit, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {FilingRow.Columns}, count(*) OVER () AS total
            FROM filings f WHERE f.company_id = @CompanyId
            ORDER BY f.period DESC, f.sent_at DESC, f.id DESC
            OFFSET @Offset LIMIT @Limit
            """;
        var rows = (await session.QueryAsync<FilingRow>(sql, new { CompanyId = companyId, Offset = offset, Limit = limit }, cancellationToken)).ToList();
        var total = rows.Count > 0
            ? (int)rows[0].Total
            : (await session.QueryAsync<int>("SELECT count(*)::int FROM filings WHERE company_id = @CompanyId", new { CompanyId = companyId }, cancellationToken)).Single();
        return ([.. rows.Select(row => row.ToFiling([], []))], total);
    }

    public async Task<Filing?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var row = await session.QuerySingleOrDefaultAsync<FilingRow>($"SELECT {FilingRow.Columns}, 1::bigint AS total FROM filings f WHERE f.id = @Id", new { Id = id }, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var events = await session.QueryAsync<(string Status, DateTime At, string? Reason)>(
            "SELECT status, at, reason FROM filing_events WHERE filing_id = @Id ORDER BY at, id", new { Id = id }, cancellationToken);
        var documents = await session.QueryAsync<FilingDocumentRow>(FilingDocumentRow.Select + " WHERE d.filing_id = @Id ORDER BY d.id", new { Id = id }, cancellationToken);
        return row.ToFiling(
            [.. events.Select(e => new FilingEvent(FilingCodes.Status(e.Status), FilingRow.Utc(e.At), e.Reason))],
            [.. documents.Select(d => d.ToDocument())]);
    }

    public async Task<FilingDocument?> DocumentAsync(long documentId, CancellationToken cancellationToken) =>
        (await session.QuerySingleOrDefaultAsync<FilingDocumentRow>(FilingDocumentRow.Select + " WHERE d.id = @Id", new { Id = documentId }, cancellationToken))?.ToDocument();

    /// <summary>Records the filing; its id and whether its status is new to the bot (a new filing, or a status with a time not recorded before).</summary>
    public async Task<(long Id, bool Moved)> RecordAsync(FilingRecord filing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            filing.ExternalId, filing.CompanyId, filing.Report, filing.Period, filing.Authority, SentAt = filing.SentAt.ToUniversalTime(),
            Status = FilingCodes.Of(filing.Status), StatusAt = filing.StatusAt.ToUniversalTime(), filing.Reason, Now = now,
        };
        var id = (await session.QueryAsync<long>(
            """
            INSERT INTO filings (external_id, company_id, report, period, authority, sent_at, status, status_at, reason, created_at)
            VALUES (@ExternalId, @CompanyId, @Report, @Period, @Authority, @SentAt, @Status, @StatusAt, @Reason, @Now)
            ON CONFLICT (external_id) DO UPDATE SET external_id = EXCLUDED.external_id
            RETURNING id
            """, parameters, cancellationToken)).Single();
        var moved = await session.ExecuteAsync(
            "INSERT INTO filing_events (filing_id, status, at, reason) VALUES (@Id, @Status, @StatusAt, @Reason) ON CONFLICT DO NOTHING",
            new { Id = id, parameters.Status, parameters.StatusAt, filing.Reason }, cancellationToken) == 1;
        if (moved)
        {
            await session.ExecuteAsync(
                "UPDATE filings SET status = @Status, status_at = @StatusAt, reason = @Reason WHERE id = @Id AND status_at <= @StatusAt",
                new { Id = id, parameters.Status, parameters.StatusAt, filing.Reason }, cancellationToken);
        }

        return (id, moved);
    }

    /// <summary>True when the filing already keeps a document of this name and content.</summary>
    public async Task<bool> HasDocumentAsync(long filingId, string fileName, string sha256, CancellationToken cancellationToken) =>
        await session.QuerySingleOrDefaultAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM filing_documents WHERE filing_id = @Id AND file_name = @Name AND sha256 = @Sha)",
            new { Id = filingId, Name = fileName, Sha = sha256 }, cancellationToken);

    public Task AddDocumentAsync(long filingId, FilingDocumentKind kind, long storedFileId, string fileName, string sha256, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            "INSERT INTO filing_documents (filing_id, kind, stored_file_id, file_name, sha256) VALUES (@Id, @Kind, @FileId, @Name, @Sha) ON CONFLICT DO NOTHING",
            new { Id = filingId, Kind = FilingCodes.Of(kind), FileId = storedFileId, Name = fileName, Sha = sha256 }, cancellationToken);
}
