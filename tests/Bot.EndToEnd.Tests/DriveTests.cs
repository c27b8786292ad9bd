using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.State;
using ClosedXML.Excel;
using Dapper;
using Npgsql;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;
using static Bot.EndToEnd.Tests.Support.TaskRecords;

namespace Bot.EndToEnd.Tests;

/// <summary>The client drive through the fake Bot API: who uploads where, notices of new documents, no
/// deletion by clients, the audit of downloads and the download report.</summary>
public sealed class DriveTests
{
    private static readonly byte[] Order = "%PDF-1.7 приказ об увольнении"u8.ToArray();

    [Fact]
    public async Task A_client_uploads_from_the_client_is_refused_for_the_client_and_gets_the_firms_document_when_it_arrives()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (staff, staffMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        var romashka = await CompanyIdAsync(bot, Inn);

        client.PressButton(menu, "Документы");
        client.PressButton(await EditedAsync(client, menu, 1), "Данные от клиента");
        var fromClient = await EditedAsync(client, menu, 2);
        client.PressButton(fromClient, "Загрузить сюда");
        await client.WaitForMessageAsync(m => m.Text?.StartsWith("Пришлите файлы для папки «Данные от клиента»", StringComparison.Ordinal) == true);
        client.SendDocument("заявление.pdf", "%PDF-1.7 заявление"u8.ToArray());
        var saved = await client.WaitForMessageAsync(m => m.Text?.StartsWith("Сохранён «заявление.pdf»", StringComparison.Ordinal) == true);
        var refusedUpload = await client.WaitForAnswerAsync(client.PressButtonWithData(menu.MessageId, $"du:{romashka}:0"));

        await StaffUploadAsync(staff, staffMenu, "ООО «Ромашка»", "приказ.pdf", Order);
        var notice = await client.WaitForMessageAsync(m => m.Text?.StartsWith("📄 Новый документ: «приказ.pdf»", StringComparison.Ordinal) == true);
        client.PressButton(notice, "📄 приказ.pdf");
        client.PressButton(notice, "📄 приказ.pdf");
        await client.WaitForMessageAsync(m => m.Kind == MessageKind.Document && m.MessageId > notice.MessageId);
        var received = await client.WaitForMessageAsync(m => m.FileName == "приказ.pdf");
        var documentId = await DocumentIdAsync(bot, "приказ.pdf");
        client.PressButton(menu, "Документы");
        var home = await client.WaitForMessageAsync(m => m.MessageId == menu.MessageId && m.Text?.StartsWith("Документы компании", StringComparison.Ordinal) == true);
        var refusedArchive = await client.WaitForAnswerAsync(client.PressButtonWithData(menu.MessageId, $"dx:{documentId}"));

        Assert.Contains("Сохранён «заявление.pdf» в папке «Данные от клиента».", saved.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Загрузить сюда", (await FolderAsync(client, home, "Данные для клиента")).AllButtons.Select(b => b.Text));
        Assert.DoesNotContain(client.BotMessages.SelectMany(m => m.AllButtons), button => button.Text == "В архив");
        Assert.Equal(("Это действие вам недоступно.", "Это действие вам недоступно."), (refusedUpload.Text, refusedArchive.Text));
        Assert.Equal(Order, await DownloadAsync(bot, received));
        await Eventually.HoldsAsync(async () => await DownloadsAsync(bot, documentId) == 2, TimeSpan.FromSeconds(10), "two downloads audited");
        Assert.Equal(["from_client", "for_client"], await FoldersOfDocumentsAsync(bot));
    }

    [Fact]
    public async Task The_download_report_holds_exactly_the_periods_downloads_in_the_firms_time_and_filters_by_company()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (staff, staffMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, _) = await JoinAsync(bot, "Светлана", "client", Inn);
        var (other, _) = await JoinAsync(bot, "Олег", "client", OtherInn);
        var menu = await StaffUploadAsync(staff, staffMenu, "ООО «Ромашка»", "приказ.pdf", Order);
        await StaffUploadAsync(staff, menu, "АО «Василёк»", "акт.pdf", "%PDF-1.7 акт"u8.ToArray());
        await DownloadNoticeAsync(client, "приказ.pdf", times: 2);
        await DownloadNoticeAsync(other, "акт.pdf", times: 1);
        await Eventually.HoldsAsync(async () => await DownloadsAsync(bot, null) == 3, TimeSpan.FromSeconds(10), "three downloads audited");

        bot.Administrator.SendCommand("menu");
        var adminMenu = await bot.Administrator.WaitForMessageAsync(m => m.AllButtons.Any(b => b.Text == "Отчёт о скачиваниях"));
        bot.Administrator.PressButton(adminMenu, "Отчёт о скачиваниях");
        bot.Administrator.PressButton(await EditedAsync(bot.Administrator, adminMenu, 1), "Этот месяц");
        bot.Administrator.PressButton(await EditedAsync(bot.Administrator, adminMenu, 2), "ООО «Ромашка»");
        var caption = await EditedAsync(bot.Administrator, adminMenu, 3);
        var report = await bot.Administrator.WaitForMessageAsync(m => m.FileName?.EndsWith(".xlsx", StringComparison.Ordinal) == true);
        using var filtered = new XLWorkbook(new MemoryStream(await DownloadAsync(bot, report)));
        var file = Path.Combine(bot.FilesRoot, "all.xlsx");
        var day = DateTime.UtcNow.AddHours(3).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await ToolAsync(bot, "report", "downloads", day, day, file);
        using var all = new XLWorkbook(file);

        var rows = Rows(filtered);
        var expectedTimes = (await AuditTimesAsync(bot)).Where(t => t.Company == "ООО «Ромашка»").Select(t => t.At.AddHours(3)).ToList();
        Assert.Contains("(ООО «Ромашка»): скачиваний 2.", caption.Text, StringComparison.Ordinal);
        Assert.Equal([("Светлана", "ООО «Ромашка»", "Данные для клиента", "приказ.pdf"), ("Светлана", "ООО «Ромашка»", "Данные для клиента", "приказ.pdf")],
            rows.Select(r => (r.Who, r.Company, r.Folder, r.File)));
        Assert.Equal(expectedTimes.Select(Second), rows.Select(r => Second(r.When)));
        Assert.Equal(["АО «Василёк»", "ООО «Ромашка»", "ООО «Ромашка»"], Rows(all).Select(r => r.Company).Order(StringComparer.Ordinal));
        Assert.Equal(3, all.Worksheet("Итоги").Cell(2, 2).GetValue<int>());
    }

    /// <summary>The staff member uploads a file to a company's «Данные для клиента»; returns the message with the main menu, for the next step.</summary>
    private static async Task<BotMessage> StaffUploadAsync(FakeUser staff, BotMessage menu, string company, string name, byte[] content)
    {
        staff.SendCommand("menu");
        var fresh = await staff.WaitForMessageAsync(m => m.MessageId > menu.MessageId && m.AllButtons.Any(b => b.Text == "Документы"));
        staff.PressButton(fresh, "Документы");
        staff.PressButton(await EditedAsync(staff, fresh, 1), company);
        staff.PressButton(await EditedAsync(staff, fresh, 2), "Данные для клиента");
        staff.PressButton(await EditedAsync(staff, fresh, 3), "Загрузить сюда");
        var prompt = await staff.WaitForMessageAsync(m => m.MessageId > fresh.MessageId && m.Text?.StartsWith("Пришлите файлы", StringComparison.Ordinal) == true);
        staff.SendDocument(name, content);
        var saved = await staff.WaitForMessageAsync(m => m.MessageId > prompt.MessageId && m.Text == $"Сохранён «{name}» в папке «Данные для клиента».");
        staff.PressButton(saved, "Готово");
        await EditedAsync(staff, saved, 1);
        return fresh;
    }

    private static async Task DownloadNoticeAsync(FakeUser client, string name, int times)
    {
        var notice = await client.WaitForMessageAsync(m => m.Text?.StartsWith($"📄 Новый документ: «{name}»", StringComparison.Ordinal) == true);
        for (var i = 0; i < times; i++)
        {
            await client.WaitForAnswerAsync(client.PressButton(notice, $"📄 {name}"));
        }
    }

    private static async Task<BotMessage> FolderAsync(FakeUser client, BotMessage home, string folder)
    {
        client.PressButton(home, folder);
        return await EditedAsync(client, home, home.EditCount + 1);
    }

    private static List<(DateTime When, string Who, string Company, string Folder, string File)> Rows(XLWorkbook workbook) =>
        [.. workbook.Worksheet("Скачивания").RowsUsed().Skip(1).Select(row => (
            row.Cell(1).GetDateTime(), row.Cell(2).GetString(), row.Cell(3).GetString(), row.Cell(4).GetString(), row.Cell(5).GetString()))];

    private static string Second(DateTime moment) => moment.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<int> CompanyIdAsync(BotUnderTest bot, string inn)
    {
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return await connection.QuerySingleAsync<int>("SELECT id FROM companies WHERE inn = @Inn", new { Inn = inn });
    }

    private static async Task<long> DocumentIdAsync(BotUnderTest bot, string name)
    {
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return await connection.QuerySingleAsync<long>("SELECT d.id FROM drive_documents d JOIN stored_files f ON f.id = d.stored_file_id WHERE f.file_name = @Name", new { Name = name });
    }

    private static async Task<int> DownloadsAsync(BotUnderTest bot, long? documentId)
    {
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return await connection.QuerySingleAsync<int>(
            "SELECT count(*)::int FROM drive_audit WHERE action = 'download' AND (@DocumentId::bigint IS NULL OR document_id = @DocumentId)", new { DocumentId = documentId });
    }

    private static async Task<List<string>> FoldersOfDocumentsAsync(BotUnderTest bot)
    {
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return [.. await connection.QueryAsync<string>("SELECT f.kind FROM drive_documents d JOIN drive_folders f ON f.id = d.folder_id ORDER BY d.id")];
    }

    private static async Task<List<(DateTime At, string Company)>> AuditTimesAsync(BotUnderTest bot)
    {
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return [.. await connection.QueryAsync<(DateTime, string)>(
            "SELECT a.at, c.name FROM drive_audit a JOIN companies c ON c.id = a.company_id WHERE a.action = 'download' ORDER BY a.at, a.id")];
    }
}
