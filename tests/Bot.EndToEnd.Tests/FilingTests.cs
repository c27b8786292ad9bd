using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.State;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;
using static Bot.EndToEnd.Tests.Support.TaskRecords;

namespace Bot.EndToEnd.Tests;

/// <summary>Filings with the authorities: imported from the filing system's export by the command and over HTTP,
/// read by the company's employees in «Отчётность» with their documents, outcomes told once, and nothing of one
/// company reachable by another's.</summary>
public sealed class FilingTests
{
    private const string ApiKey = "filing-system-key-0123456789abcdef0123456789";
    private static readonly byte[] Declaration = "<Файл ИдФайл=\"NO_USN\"/>"u8.ToArray();
    private static readonly byte[] Receipt = "%PDF-1.7 квитанция о приёме"u8.ToArray();

    [Fact]
    public async Task An_imported_manifest_is_read_in_the_cabinet_an_outcome_is_told_once_and_another_company_is_refused()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        var (other, otherMenu) = await JoinAsync(bot, "Пётр", "client", OtherInn);
        await File.WriteAllBytesAsync(Path.Combine(bot.FilesRoot, "usn.xml"), Declaration);
        await File.WriteAllBytesAsync(Path.Combine(bot.FilesRoot, "receipt.pdf"), Receipt);
        var first = Manifest(bot, "first.jsonl",
            Line("F-1", Inn, "Декларация по УСН", "2025", "ФНС", "2026-03-20T10:00:00+03:00", "Доставлен", "2026-03-20T11:00:00+03:00", null, ("report", "usn.xml"), ("receipt", "receipt.pdf")),
            Line("F-2", Inn, "РСВ", "2026-Q1", "ФНС", "2026-04-20T10:00:00+03:00", "Принят", "2026-04-21T09:00:00+03:00", null),
            Line("F-3", OtherInn, "6-НДФЛ", "2026-Q1", "ФНС", "2026-04-22T10:00:00+03:00", "Отправлен", "2026-04-22T10:00:00+03:00", null));
        var rejected = Manifest(bot, "second.jsonl",
            Line("F-1", Inn, "Декларация по УСН", "2025", "ФНС", "2026-03-20T10:00:00+03:00", "Отклонён", "2026-03-22T12:00:00+03:00", "Не сходится сумма налога", ("report", "usn.xml"), ("receipt", "receipt.pdf")));

        var bad = Manifest(bot, "bad.jsonl",
            Line("B-1", Inn, "РСВ", "2026-Q1", "ФНС", "2026-04-20T10:00:00+03:00", "Принят", "2026-04-21T09:00:00+03:00", null),
            Line("B-2", Inn, "РСВ", "2026-Q5", "ФНС", "2026-04-20T10:00:00+03:00", "Принят", "2026-04-21T09:00:00+03:00", null),
            Line("B-3", "7700000000", "НДС", "2026-Q1", "ФНС", "2026-04-20T10:00:00+03:00", "Съеден", "2026-04-21T09:00:00+03:00", null, ("receipt", "missing.pdf")));
        var (badCode, _, badErrors) = await RunToolAsync(bot, "filings", "import", bad);
        var afterBad = await Sql.CountAsync(bot, "SELECT count(*) FROM filings");
        var imported = await ToolAsync(bot, "filings", "import", first);
        var accepted = await client.WaitForMessageAsync(m => m.Text?.StartsWith("✅ РСВ · 2026-Q1", StringComparison.Ordinal) == true);
        client.PressButton(menu, "Отчётность");
        var list = await EditedAsync(client, menu, 1);
        client.PressButton(list, list.AllButtons.First(b => b.Text.Contains("Декларация по УСН", StringComparison.Ordinal)).Text);
        var card = await EditedAsync(client, menu, 2);
        client.PressButton(card, "📎 Отчёт · usn.xml");
        var report = await client.WaitForMessageAsync(m => m.Kind == MessageKind.Document && m.FileName == "usn.xml");
        client.PressButton(card, "📎 Квитанция о приёме · receipt.pdf");
        var receipt = await client.WaitForMessageAsync(m => m.Kind == MessageKind.Document && m.FileName == "receipt.pdf");
        await ToolAsync(bot, "filings", "import", rejected);
        var told = await client.WaitForMessageAsync(m => m.Text?.StartsWith("❌ Декларация по УСН · 2025", StringComparison.Ordinal) == true);
        var again = await ToolAsync(bot, "filings", "import", rejected);
        var filingId = await Sql.ScalarAsync<long>(bot, "SELECT id FROM filings WHERE external_id = 'F-1'");
        var documentId = await Sql.ScalarAsync<long>(bot, "SELECT min(id) FROM filing_documents");
        var companyId = await Sql.ScalarAsync<int>(bot, $"SELECT id FROM companies WHERE inn = '{Inn}'");
        var forged = new[]
        {
            await other.WaitForAnswerAsync(other.PressButtonWithData(otherMenu.MessageId, $"ol:{companyId}:0")),
            await other.WaitForAnswerAsync(other.PressButtonWithData(otherMenu.MessageId, $"of:{filingId}")),
            await other.WaitForAnswerAsync(other.PressButtonWithData(otherMenu.MessageId, $"od:{documentId}")),
        };
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal((1, 0), (badCode, afterBad));
        Assert.Contains("line 2: the period «2026-Q5» is not YYYY, YYYY-Q1…Q4 or YYYY-MM", badErrors, StringComparison.Ordinal);
        Assert.Contains("line 3: no current client with ИНН «7700000000»", badErrors, StringComparison.Ordinal);
        Assert.Contains("line 3: unknown status «Съеден»", badErrors, StringComparison.Ordinal);
        Assert.Contains("line 3: the document «missing.pdf» does not exist beside the manifest", badErrors, StringComparison.Ordinal);
        Assert.Equal("3 filing(s) read: 3 new or moved, 2 document(s) added, 1 notice(s) sent.", imported);
        Assert.Equal(["Открыть"], accepted.AllButtons.Select(b => b.Text));
        Assert.Contains("Доставлен", card.Text, StringComparison.Ordinal);
        Assert.Equal(Declaration, await DownloadAsync(bot, report));
        Assert.Equal(Receipt, await DownloadAsync(bot, receipt));
        Assert.Contains("Причина: Не сходится сумма налога", told.Text, StringComparison.Ordinal);
        Assert.Equal("1 filing(s) read: 0 new or moved, 0 document(s) added, 0 notice(s) sent.", again);
        Assert.Single(client.BotMessages, m => m.Text?.StartsWith('❌') == true);
        Assert.All(forged, answer => Assert.Equal("Это действие вам недоступно.", answer.Text));
        Assert.DoesNotContain(other.BotMessages, m => m.Text?.Contains("Декларация", StringComparison.Ordinal) == true || m.Kind == MessageKind.Document);
        Assert.Equal(2, await Sql.CountAsync(bot, $"SELECT count(*) FROM filing_events WHERE filing_id = {filingId}"));
    }

    [Fact]
    public async Task The_http_endpoint_refuses_a_wrong_key_and_an_oversized_body_and_otherwise_imports_as_the_command_does()
    {
        await using var bot = new BotUnderTest { Settings = new Dictionary<string, string?> { ["Filings:ApiKey"] = ApiKey } };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (client, _) = await JoinAsync(bot, "Светлана", "client", Inn);
        using var http = new HttpClient { BaseAddress = BotUnderTest.AddressOf(bot.Instances[0]) };
        var body = Line("H-1", Inn, "НДС", "2026-Q3", "ФНС", "2026-10-25T10:00:00+03:00", "Принят", "2026-10-26T10:00:00+03:00", null)
            .Replace("\"documents\":[]", "\"documents\":[{\"kind\":\"receipt\",\"name\":\"kvit.pdf\",\"content\":\"" + Convert.ToBase64String(Receipt) + "\"}]", StringComparison.Ordinal);

        var missing = await PostAsync(http, body, null);
        var wrong = await PostAsync(http, body, ApiKey + "x");
        var storedAfterRefusals = await Sql.CountAsync(bot, "SELECT count(*) FROM filings");
        var oversized = await PostAsync(http, new string(' ', 29 * 1024 * 1024), ApiKey);
        var accepted = await PostAsync(http, body, ApiKey);
        var told = await client.WaitForMessageAsync(m => m.Text?.StartsWith("✅ НДС · 2026-Q3", StringComparison.Ordinal) == true);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (missing.Status, wrong.Status));
        Assert.Equal(0, storedAfterRefusals);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.Status);
        Assert.Equal((HttpStatusCode.OK, "1 filing(s) read: 1 new or moved, 1 document(s) added, 1 notice(s) sent."), accepted);
        Assert.NotNull(told);
        Assert.Equal(Receipt.Length, await Sql.CountAsync(bot, "SELECT s.size_bytes FROM filing_documents d JOIN stored_files s ON s.id = d.stored_file_id"));
    }

    private static async Task<(HttpStatusCode Status, string Text)> PostAsync(HttpClient http, string body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/filings") { Content = new StringContent(body, Encoding.UTF8, "application/x-ndjson") };
        request.Headers.ExpectContinue = true; // a refused body is then never sent, as a careful client does
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, (await response.Content.ReadAsStringAsync()).Trim());
    }

    private static string Line(string id, string inn, string report, string period, string authority, string sentAt, string status, string statusAt, string? reason, params (string Kind, string File)[] documents)
    {
        var docs = string.Join(',', documents.Select(d => $"{{\"kind\":\"{d.Kind}\",\"file\":\"{d.File}\"}}"));
        var why = reason is null ? "null" : $"\"{reason}\"";
        return $"{{\"id\":\"{id}\",\"inn\":\"{inn}\",\"report\":\"{report}\",\"period\":\"{period}\",\"authority\":\"{authority}\",\"sentAt\":\"{sentAt}\",\"status\":\"{status}\",\"statusAt\":\"{statusAt}\",\"reason\":{why},\"documents\":[{docs}]}}";
    }

    private static string Manifest(BotUnderTest bot, string name, params string[] lines)
    {
        var path = Path.Combine(bot.FilesRoot, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
