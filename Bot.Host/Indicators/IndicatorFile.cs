using System.Globalization;
using Bot.Core.Indicators;
using ClosedXML.Excel;

namespace Bot.Host.Indicators;

/// <summary>Reads an accounting system's export of monthly indicators: an .xlsx (its first sheet) or a CSV with «;»
/// between columns, a header row, then one row per company and month — A ИНН, B month (ММ.ГГГГ, ГГГГ-ММ or a date),
/// C выручка, D чистая прибыль, E дебиторская задолженность, F кредиторская задолженность, G запасы, H денежные
/// средства. Every problem is named with its line.</summary>
internal static class IndicatorFile
{
    private const int Columns = 8;

    private static readonly string[] MonthFormats = ["MM.yyyy", "yyyy-MM", "dd.MM.yyyy", "yyyy-MM-dd"];

    public static (IReadOnlyList<MonthFigures> Rows, IReadOnlyList<string> Problems) Read(string path, IReadOnlyDictionary<string, int> companiesByInn)
    {
        var rows = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? Csv(path) : Workbook(path);
        var figures = new List<MonthFigures>();
        var problems = new List<string>();
        var seen = new Dictionary<(int, DateOnly), int>();
        foreach (var (line, cells) in rows)
        {
            var found = new List<string>();
            if (cells.Count < Columns)
            {
                problems.Add($"line {line}: {Columns} columns expected (ИНН, month, then six amounts), found {cells.Count}");
                continue;
            }

            if (!companiesByInn.TryGetValue(cells[0].Trim(), out var companyId))
            {
                found.Add($"no current client with ИНН «{cells[0].Trim()}»");
            }

            if (!DateOnly.TryParseExact(cells[1].Trim(), MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                found.Add($"the month «{cells[1].Trim()}» is not ММ.ГГГГ");
            }

            var amounts = new decimal[6];
            for (var i = 0; i < amounts.Length; i++)
            {
                if (!RussianNumber.TryParse(cells[i + 2], out amounts[i]))
                {
                    found.Add($"column {(char)('C' + i)}: «{cells[i + 2].Trim()}» is not an amount like 1 234 567,89");
                }
            }

            var month = new DateOnly(date.Year, date.Month, 1);
            if (found.Count == 0 && !seen.TryAdd((companyId, month), line))
            {
                found.Add($"the company's {month:MM.yyyy} is on line {seen[(companyId, month)]} already");
            }

            problems.AddRange(found.Select(problem => $"line {line}: {problem}"));
            if (found.Count == 0)
            {
                figures.Add(new MonthFigures(companyId, month, amounts[0], amounts[1], amounts[2], amounts[3], amounts[4], amounts[5]));
            }
        }

        return (figures, problems);
    }

    private static List<(int Line, List<string> Cells)> Workbook(string path)
    {
        using var workbook = new XLWorkbook(path);
        return [.. workbook.Worksheet(1).RowsUsed().Where(row => row.RowNumber() > 1).Select(row =>
            (row.RowNumber(), Enumerable.Range(1, Columns).Select(column => Cell(row.Cell(column))).ToList()))];
    }

    /// <summary>A number cell as its invariant text, a date cell as its date, anything else as typed.</summary>
    private static string Cell(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number => cell.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        XLDataType.DateTime => cell.GetDateTime().ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };

    private static List<(int Line, List<string> Cells)> Csv(string path) =>
        [.. File.ReadAllLines(path).Select((text, i) => (Line: i + 1, Text: text)).Skip(1).Where(row => !string.IsNullOrWhiteSpace(row.Text))
            .Select(row => (row.Line, row.Text.Split(';').ToList()))];
}
