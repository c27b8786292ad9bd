using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Core.Filings;

namespace Bot.Host.Filings;

/// <summary>Reads a filing system's export: JSON Lines, one filing per line —
/// <c>{"id","inn","report","period","authority","sentAt","status","statusAt","reason","documents":[{"kind","file"}]}</c> —
/// with each document a file beside the manifest (<c>file</c>) or, over HTTP, its bytes in base64 (<c>name</c> and
/// <c>content</c>). Every problem is named with its line; blank lines are skipped.</summary>
internal static partial class FilingManifest
{
    public const long MaxDocumentBytes = 20L * 1024 * 1024;

    private static readonly string[] MomentFormats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    public static (IReadOnlyList<ManifestLine> Lines, IReadOnlyList<string> Problems) Read(
        IReadOnlyList<string> lines, string? folder, IReadOnlyDictionary<string, int> companiesByInn)
    {
        var parsed = new List<ManifestLine>();
        var problems = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var number = i + 1;
            var found = new List<string>();
            try
            {
                using var json = JsonDocument.Parse(lines[i]);
                var line = Line(json.RootElement, number, folder, companiesByInn, found);
                if (line is not null && !ids.TryAdd(line.ExternalId, number))
                {
                    found.Add($"the id «{line.ExternalId}» is on line {ids[line.ExternalId]} already");
                }
                else if (line is not null && found.Count == 0)
                {
                    parsed.Add(line);
                }
            }
            catch (JsonException error)
            {
                found.Add($"not a JSON object ({error.Message.Split('.')[0]})");
            }

            problems.AddRange(found.Select(problem => $"line {number}: {problem}"));
        }

        return (parsed, problems);
    }

    private static ManifestLine? Line(JsonElement root, int number, string? folder, IReadOnlyDictionary<string, int> companies, List<string> found)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            found.Add("not a JSON object");
            return null;
        }

        var id = Text(root, "id");
        var inn = Text(root, "inn");
        var report = Text(root, "report");
        var period = Text(root, "period");
        var authority = Text(root, "authority");
        var reason = Text(root, "reason");
        Require(id, "id", found);
        Require(report, "report", found);
        if (!companies.TryGetValue(inn ?? "", out var companyId))
        {
            found.Add($"no current client with ИНН «{inn}»");
        }

        if (period is null || !PeriodPattern().IsMatch(period))
        {
            found.Add($"the period «{period}» is not YYYY, YYYY-Q1…Q4 or YYYY-MM");
        }

        if (authority is null || !FilingCodes.Authorities.Contains(authority))
        {
            found.Add($"the authority «{authority}» is not ФНС, СФР or Росстат");
        }

        var sentAt = Moment(root, "sentAt", found);
        var statusAt = Moment(root, "statusAt", found);
        if (!FilingCodes.TryStatus(Text(root, "status") ?? "", out var status))
        {
            found.Add($"unknown status «{Text(root, "status")}»");
        }

        var documents = Documents(root, folder, found);
        return found.Count > 0 ? null : new ManifestLine(number, id!, companyId, report!, period!, authority!, sentAt, status, statusAt, reason, documents);
    }

    private static List<ManifestDocument> Documents(JsonElement root, string? folder, List<string> found)
    {
        var documents = new List<ManifestDocument>();
        if (!root.TryGetProperty("documents", out var list))
        {
            return documents;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            found.Add("documents is not a list");
            return documents;
        }

        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !FilingCodes.TryKind(Text(item, "kind") ?? "", out var kind))
            {
                found.Add($"a document's kind «{(item.ValueKind == JsonValueKind.Object ? Text(item, "kind") : item.ToString())}» is not report, receipt, input_notice, refusal or protocol");
                continue;
            }

            if (Document(item, kind, folder, found) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    private static ManifestDocument? Document(JsonElement item, FilingDocumentKind kind, string? folder, List<string> found)
    {
        if (folder is not null && Text(item, "file") is { } file)
        {
            var path = Path.GetFullPath(Path.Combine(folder, file));
            if (!File.Exists(path) || new FileInfo(path).Length > MaxDocumentBytes)
            {
                found.Add($"the document «{file}» does not exist beside the manifest or is over 20 MB");
                return null;
            }

            return new ManifestDocument(kind, Path.GetFileName(path), () => File.OpenRead(path));
        }

        if (Text(item, "name") is { Length: > 0 } name && Text(item, "content") is { } content)
        {
            var buffer = new byte[content.Length];
            if (!Convert.TryFromBase64String(content, buffer, out var length) || length > MaxDocumentBytes)
            {
                found.Add($"the document «{name}» is not valid base64 of at most 20 MB");
                return null;
            }

            var bytes = buffer[..length];
            return new ManifestDocument(kind, Path.GetFileName(name), () => new MemoryStream(bytes, writable: false));
        }

        found.Add(folder is null ? "a document needs a name and its content in base64" : "a document needs its file");
        return null;
    }

    private static DateTimeOffset Moment(JsonElement root, string name, List<string> found)
    {
        if (DateTimeOffset.TryParseExact(Text(root, name), MomentFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return moment;
        }

        found.Add($"{name} «{Text(root, name)}» is not a date and time with its offset, like 2026-04-20T10:15:00+03:00");
        return default;
    }

    private static void Require(string? value, string name, List<string> found)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            found.Add($"{name} is missing");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;

    [GeneratedRegex(@"^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$")]
    private static partial Regex PeriodPattern();
}
