using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.State;
using ClosedXML.Excel;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.TaskRecords;

namespace Bot.EndToEnd.Tests;

/// <summary>Monthly indicators through the fake Bot API: imported for two companies, each company's employees get
/// their own month with a chart, an employee without the right finance gets nothing and is refused, and a malformed
/// file changes nothing.</summary>
public sealed class IndicatorTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];

    [Fact]
    public async Task Each_companys_employees_get_their_own_month_and_chart_finance_off_gets_nothing_and_a_bad_file_changes_nothing()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (client, _) = await JoinAsync(bot, "Светлана", "client", Inn);
        var (clerk, clerkMenu) = await JoinAsync(bot, "Олег", "client", Inn);
        var (other, _) = await JoinAsync(bot, "Пётр", "client", OtherInn);
        var clerkId = (await ToolAsync(bot, "employee", "list", Inn)).Split('\n').Single(line => line.Contains("Олег", StringComparison.Ordinal)).Split('\t')[0];
        await ToolAsync(bot, "employee", "rights", Inn, clerkId, "finance=off");
        var bad = Path.Combine(bot.FilesRoot, "bad.csv");
        await File.WriteAllLinesAsync(bad, ["ИНН;месяц;выручка;прибыль;дебиторка;кредиторка;запасы;деньги", $"{Inn};11.2026;1 000;1;1;1;1;1", $"{Inn};13.2026;сто;1;1;1;1;1"]);
        var good = Path.Combine(bot.FilesRoot, "year.xlsx");
        Workbook(good);

        var (badCode, _, badErrors) = await RunToolAsync(bot, "indicators", "import", bad);
        var afterBad = await Sql.CountAsync(bot, "SELECT count(*) FROM indicators");
        var imported = await ToolAsync(bot, "indicators", "import", good);
        var mine = await client.WaitForMessageAsync(m => m.Text?.StartsWith("📊 Показатели за ноябрь 2026", StringComparison.Ordinal) == true);
        var chart = await client.WaitForMessageAsync(m => m.Kind == MessageKind.Photo);
        var theirs = await other.WaitForMessageAsync(m => m.Text?.StartsWith("📊 Показатели за ноябрь 2026", StringComparison.Ordinal) == true);
        await other.WaitForMessageAsync(m => m.Kind == MessageKind.Photo);
        var refused = await clerk.WaitForAnswerAsync(clerk.PressButtonWithData(clerkMenu.MessageId, "m:indicators"));
        var again = await ToolAsync(bot, "indicators", "import", good);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal((1, 0), (badCode, afterBad));
        Assert.Contains("line 3: the month «13.2026» is not ММ.ГГГГ", badErrors, StringComparison.Ordinal);
        Assert.Contains("line 3: column C: «сто» is not an amount like 1 234 567,89", badErrors, StringComparison.Ordinal);
        Assert.Equal("24 month(s) of 2 company(ies) stored, 4 message(s) sent.", imported);
        Assert.Equal(
            "📊 Показатели за ноябрь 2026 — ООО «Ромашка»\n" +
            "Выручка: 1\u00a0120\u00a0000\u00a0₽ ▲\u00a00,9\u00a0%\n" +
            "Чистая прибыль: 230\u00a0000\u00a0₽ ▲\u00a04,5\u00a0%\n" +
            "Дебиторская задолженность: 360\u00a0000\u00a0₽ ▼\u00a02,7\u00a0%\n" +
            "Кредиторская задолженность: 280\u00a0000\u00a0₽ ▼\u00a03,4\u00a0%\n" +
            "Запасы: 75\u00a0000\u00a0₽ =\u00a00\u00a0%\n" +
            "Денежные средства: 590\u00a0000\u00a0₽ ▲\u00a01,7\u00a0%",
            mine.Text);
        Assert.Contains("Выручка: 2\u00a0240\u00a0000\u00a0₽", theirs.Text, StringComparison.Ordinal);
        Assert.Equal(Png, (await DownloadAsync(bot, chart))[..4]);
        Assert.DoesNotContain(clerk.BotMessages, m => m.Text?.StartsWith("📊", StringComparison.Ordinal) == true || m.Kind == MessageKind.Photo);
        Assert.Equal("Это действие вам недоступно.", refused.Text);
        Assert.Equal("24 month(s) of 2 company(ies) stored, 0 message(s) sent.", again);
    }

    /// <summary>Twelve months (December 2025 to November 2026) for both companies; the other's amounts are double.</summary>
    private static void Workbook(string path)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Показатели");
        string[] headers = ["ИНН", "Месяц", "Выручка", "Чистая прибыль", "Дебиторская задолженность", "Кредиторская задолженность", "Запасы", "Денежные средства"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]);
        }

        var row = 2;
        foreach (var (inn, factor) in new[] { (Inn, 1m), (OtherInn, 2m) })
        {
            for (var m = 0; m < 12; m++)
            {
                var month = new DateOnly(2025, 12, 1).AddMonths(m);
                sheet.Cell(row, 1).SetValue(inn);
                sheet.Cell(row, 2).SetValue(month.ToString("MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
                decimal[] amounts = [(1_010_000m + (m * 10_000m)) * factor, (120_000m + (m * 10_000m)) * factor, (470_000m - (m * 10_000m)) * factor, (390_000m - (m * 10_000m)) * factor, 75_000m * factor, (480_000m + (m * 10_000m)) * factor];
                for (var c = 0; c < amounts.Length; c++)
                {
                    // The Russian way, as a text cell: «1 234 567,89».
                    sheet.Cell(row, c + 3).SetValue(amounts[c].ToString("#,0.00", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")));
                }

                row++;
            }
        }

        workbook.SaveAs(path);
    }
}
