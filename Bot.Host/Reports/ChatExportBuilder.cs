using Bot.Core.Firm;
using Bot.Storage.Chat;
using ClosedXML.Excel;
using Microsoft.Extensions.Options;

namespace Bot.Host.Reports;

/// <summary>A company's conversation with the firm as an .xlsx for the firm's records: one sheet «Переписка», a row
/// per entry, oldest first, with the time in the firm's time zone, the side, who wrote, to whom, the text, the mark
/// (with the paid service and its price) and the file's name.</summary>
public sealed class ChatExportBuilder(ChatExportReader entries, IOptions<FirmOptions> firm)
{
    /// <summary>Writes the workbook; the number of entries in it.</summary>
    public async Task<int> WriteAsync(Stream output, int companyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(firm.Value.TimeZone);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Переписка");
        string[] headers = ["Когда", "Сторона", "Кто", "Кому", "Текст", "Отметка", "Услуга", "Цена, ₽", "Файл"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]).Style.Font.Bold = true;
        }

        var row = 1;
        await foreach (var entry in entries.EntriesAsync(companyId, FirmDay.StartUtc(from, zone), FirmDay.StartUtc(to.AddDays(1), zone), cancellationToken))
        {
            row++;
            sheet.Cell(row, 1).SetValue(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(entry.CreatedAt, DateTimeKind.Utc), zone)).Style.DateFormat.Format = "dd.MM.yyyy HH:mm:ss";
            sheet.Cell(row, 2).SetValue(Side(entry.Kind));
            sheet.Cell(row, 3).SetValue(entry.AuthorName);
            sheet.Cell(row, 4).SetValue(entry.AddresseeName ?? "");
            sheet.Cell(row, 5).SetValue(entry.Body);
            sheet.Cell(row, 6).SetValue(MarkName(entry.Mark));
            sheet.Cell(row, 7).SetValue(entry.Service ?? "");
            if (entry.Price is { } price)
            {
                sheet.Cell(row, 8).SetValue(price);
            }

            sheet.Cell(row, 9).SetValue(entry.FileName ?? "");
        }

        // Widths are set, not measured: measuring text needs GDI+, which Linux servers lack.
        foreach (var (column, width) in new[] { (1, 19), (2, 10), (3, 28), (4, 28), (5, 60), (6, 28), (7, 28), (8, 12), (9, 30) })
        {
            sheet.Column(column).Width = width;
        }

        workbook.SaveAs(output);
        return row - 1;
    }

    private static string Side(string kind) => kind switch
    {
        "client" => "Клиент",
        "firm" => "Фирма",
        _ => "Отметка",
    };

    private static string MarkName(string? mark) => mark switch
    {
        null => "",
        "call" => "Входящий звонок",
        "letter" => "Письмо",
        "visit" => "Визит",
        "service_on" => "Платная услуга подключена",
        _ => "Платная услуга отключена",
    };
}
