using Bot.Core.Notifications;
using ClosedXML.Excel;

namespace Bot.Host.Notifications;

/// <summary>Reads a workbook of notifications, as an accounting system exports the month's sums: the first sheet,
/// a header row, then one notification per row — A id (unique, makes the import idempotent), B ИНН, C type
/// (info / read / file / approval, or информационное / прочтение / файл / согласование), D text, E file (a path
/// relative to the workbook, optional except for «file»). Every problem is reported with its row.</summary>
internal static class NotificationWorkbook
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    private static readonly Dictionary<string, NotificationKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["info"] = NotificationKind.Info, ["информационное"] = NotificationKind.Info,
        ["read"] = NotificationKind.Read, ["прочтение"] = NotificationKind.Read,
        ["file"] = NotificationKind.File, ["файл"] = NotificationKind.File,
        ["approval"] = NotificationKind.Approval, ["согласование"] = NotificationKind.Approval,
    };

    public static (IReadOnlyList<ImportLine> Lines, IReadOnlyList<string> Problems) Read(string path, ISet<string> activeInns)
    {
        using var workbook = new XLWorkbook(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var lines = new List<ImportLine>();
        var problems = new List<string>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in workbook.Worksheet(1).RowsUsed().Where(row => row.RowNumber() > 1))
        {
            var number = row.RowNumber();
            var (id, inn, kindText, text, file) = (Cell(row, 1), Cell(row, 2), Cell(row, 3), Cell(row, 4), Cell(row, 5));
            var found = new List<string>();
            if (id.Length == 0)
            {
                found.Add("the id (column A) is empty");
            }
            else if (ids.TryGetValue(id, out var first))
            {
                found.Add($"the id «{id}» is on line {first} already");
            }
            else
            {
                ids[id] = number;
            }

            if (!activeInns.Contains(inn))
            {
                found.Add($"no current client with ИНН «{inn}» (column B)");
            }

            if (!Kinds.TryGetValue(kindText, out var kind))
            {
                found.Add($"unknown type «{kindText}» (column C): info, read, file or approval");
            }

            if (text.Length == 0 || text.Length > Core.Conversations.NotifyFormRunner.MaxText)
            {
                found.Add($"the text (column D) must be 1 to {Core.Conversations.NotifyFormRunner.MaxText} characters");
            }

            var filePath = file.Length == 0 ? null : Path.GetFullPath(Path.Combine(folder, file));
            if (filePath is not null && (!File.Exists(filePath) || new FileInfo(filePath).Length > MaxFileBytes))
            {
                found.Add($"the file «{file}» (column E) does not exist or is over 20 MB");
            }
            else if (filePath is null && kind == NotificationKind.File)
            {
                found.Add("a «file» notification needs its file (column E)");
            }

            problems.AddRange(found.Select(problem => $"line {number}: {problem}"));
            if (found.Count == 0)
            {
                lines.Add(new ImportLine(number, id, inn, kind, text, filePath));
            }
        }

        return (lines, problems);
    }

    private static string Cell(IXLRow row, int column) => row.Cell(column).GetFormattedString().Trim();
}
