namespace Bot.Core.Drive;

/// <summary>Builds «Отчёт о скачиваниях»: every download in the period (days in the firm's time zone, both
/// ends included), of one company or of all, as a spreadsheet kept in the firm's store.</summary>
public interface IDownloadReport
{
    Task<DownloadReportFile> BuildAsync(DateOnly first, DateOnly last, int? companyId, long requestedBy, CancellationToken cancellationToken);
}
