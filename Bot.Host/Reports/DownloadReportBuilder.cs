using Bot.Core.Drive;
using Bot.Core.Firm;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Drive;
using Bot.Storage.Files;
using ClosedXML.Excel;
using Microsoft.Extensions.Options;

namespace Bot.Host.Reports;

/// <summary>«Отчёт о скачиваниях» as an .xlsx: a sheet of downloads (when, in the firm's time zone; who; which
/// company, folder and file; which bot process) read from the audit as a stream, and a summary sheet counting
/// them by company and by person. Kept in the firm's store like any file, so it is sent like one.</summary>
public sealed class DownloadReportBuilder(DriveAuditReader audit, IContentStore store, StoredFileRepository files, IOptions<FirmOptions> firm, TimeProvider time) : IDownloadReport
{
    public const string MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<DownloadReportFile> BuildAsync(DateOnly first, DateOnly last, int? companyId, long requestedBy, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        var downloads = await WriteAsync(content, first, last, companyId, cancellationToken);
        content.Position = 0;
        var kept = await store.PutAsync(content, long.MaxValue, cancellationToken);
        var name = $"downloads-{first:yyyyMMdd}-{last:yyyyMMdd}.xlsx";
        var id = await files.RecordAsync(new NewStoredFile(kept, name, MimeType, FileKind.Document, requestedBy, companyId, null), time.GetUtcNow(), cancellationToken);
        return new DownloadReportFile(new StoredFileRef(id, name, MimeType, FileKind.Document, kept.Sha256, null), downloads);
    }

    /// <summary>Writes the workbook; the number of downloads in it.</summary>
    public async Task<int> WriteAsync(Stream output, DateOnly from, DateOnly to, int? companyId, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(firm.Value.TimeZone);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Скачивания");
        string[] headers = ["Когда", "Кто", "Компания", "Папка", "Файл", "Экземпляр бота"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]).Style.Font.Bold = true;
        }

        var byCompany = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byPerson = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var row = 1;
        await foreach (var download in audit.DownloadsAsync(FirmDay.StartUtc(from, zone), FirmDay.StartUtc(to.AddDays(1), zone), companyId, cancellationToken))
        {
            row++;
            sheet.Cell(row, 1).SetValue(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(download.At, DateTimeKind.Utc), zone)).Style.DateFormat.Format = "dd.MM.yyyy HH:mm:ss";
            sheet.Cell(row, 2).SetValue(download.UserName);
            sheet.Cell(row, 3).SetValue(download.CompanyName);
            sheet.Cell(row, 4).SetValue(FolderName(download.Folder));
            sheet.Cell(row, 5).SetValue(download.FileName);
            sheet.Cell(row, 6).SetValue(download.Instance);
            byCompany[download.CompanyName] = byCompany.GetValueOrDefault(download.CompanyName) + 1;
            byPerson[download.UserName] = byPerson.GetValueOrDefault(download.UserName) + 1;
        }

        // Widths are set, not measured: measuring text needs GDI+, which Linux servers lack.
        foreach (var (column, width) in new[] { (1, 19), (2, 28), (3, 30), (4, 20), (5, 40), (6, 24) })
        {
            sheet.Column(column).Width = width;
        }

        Summary(workbook.Worksheets.Add("Итоги"), from, to, row - 1, byCompany, byPerson);
        workbook.SaveAs(output);
        return row - 1;
    }

    private static void Summary(IXLWorksheet sheet, DateOnly from, DateOnly to, int total, SortedDictionary<string, int> byCompany, SortedDictionary<string, int> byPerson)
    {
        sheet.Cell(1, 1).SetValue($"Скачивания за {from:dd.MM.yyyy}–{to:dd.MM.yyyy}").Style.Font.Bold = true;
        sheet.Cell(2, 1).SetValue("Всего");
        sheet.Cell(2, 2).SetValue(total);
        var row = 4;
        foreach (var (title, counts) in new[] { ("По компаниям", byCompany), ("По сотрудникам", byPerson) })
        {
            sheet.Cell(row++, 1).SetValue(title).Style.Font.Bold = true;
            foreach (var (name, count) in counts)
            {
                sheet.Cell(row, 1).SetValue(name);
                sheet.Cell(row++, 2).SetValue(count);
            }

            row++;
        }

        sheet.Column(1).Width = 40;
        sheet.Column(2).Width = 12;
    }

    private static string FolderName(string folder) => folder == "for_client" ? "Данные для клиента" : "Данные от клиента";
}
