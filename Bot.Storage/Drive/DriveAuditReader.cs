using Bot.Storage.Connection;
using Dapper;

namespace Bot.Storage.Drive;

/// <summary>The audit's downloads for a report, streamed row by row (a long period never sits in memory as a
/// list), oldest first.</summary>
public sealed class DriveAuditReader(DbSession session)
{
    public IAsyncEnumerable<DownloadRow> DownloadsAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, int? companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT a.at, a.user_name, c.name AS company_name, a.folder, coalesce(a.file_name, '') AS file_name, a.instance
            FROM drive_audit a JOIN companies c ON c.id = a.company_id
            WHERE a.action = 'download' AND a.at >= @From AND a.at < @To AND (@CompanyId::int IS NULL OR a.company_id = @CompanyId)
            ORDER BY a.at, a.id
            """;
        return session.StreamAsync<DownloadRow>(sql, new { From = fromUtc, To = toUtc, CompanyId = companyId }, cancellationToken);
    }
}
