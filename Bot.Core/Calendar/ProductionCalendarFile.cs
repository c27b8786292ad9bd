using Bot.Core.FileImport;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Bot.Core.Calendar;

/// <summary>Reads the public XML production calendar format:
/// <c>&lt;calendar year="2026"&gt;&lt;days&gt;&lt;day d="MM.DD" t="1|2|3"/&gt;…</c>, where t=1 is a day off,
/// t=2 a shortened working day and t=3 a working Saturday or Sunday (other attributes, such as the
/// holiday <c>h</c> or the origin of a moved day <c>f</c>, are ignored). <c>provisional="true"</c> on the
/// root marks a year loaded before its decree. Every problem is reported with its line.</summary>
public static class ProductionCalendarFile
{
    /// <summary>A year's calendar is a few kilobytes; anything near this is not one.</summary>
    public const int MaxCharacters = 1024 * 1024;

    public static CalendarYear Parse(string text)
    {
        XDocument document;
        try
        {
            // No DTDs (entity expansion is an attack, never a calendar), nothing fetched from anywhere.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxCharacters };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException malformed)
        {
            throw new InvalidFileException([$"line {malformed.LineNumber}: not well-formed XML ({malformed.Message})"]);
        }

        var problems = new List<string>();
        var root = document.Root!;
        if (root.Name != "calendar")
        {
            throw new InvalidFileException([$"line {LineOf(root)}: the root element must be <calendar>, not <{root.Name}>"]);
        }

        if (!int.TryParse((string?)root.Attribute("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1992 or > 2200)
        {
            throw new InvalidFileException([$"line {LineOf(root)}: <calendar> needs a year attribute such as year=\"2026\""]);
        }

        var days = root.Element("days");
        if (days is null)
        {
            throw new InvalidFileException([$"line {LineOf(root)}: <calendar> has no <days> element"]);
        }

        var marks = new Dictionary<DateOnly, CalendarMark>();
        foreach (var day in days.Elements())
        {
            if (ReadDay(day, year, problems) is { } entry && !marks.TryAdd(entry.Date, entry.Mark))
            {
                problems.Add($"line {LineOf(day)}: {entry.Date:dd.MM} is listed twice");
            }
        }

        return problems.Count > 0
            ? throw new InvalidFileException(problems)
            : new CalendarYear(year, marks, (string?)root.Attribute("provisional") is "true" or "1");
    }

    private static (DateOnly Date, CalendarMark Mark)? ReadDay(XElement day, int year, List<string> problems)
    {
        var line = LineOf(day);
        if (day.Name != "day")
        {
            problems.Add($"line {line}: unexpected <{day.Name}> inside <days>");
            return null;
        }

        var d = (string?)day.Attribute("d");
        if (!DateOnly.TryParseExact($"{d}.{year}", "MM.dd.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add($"line {line}: d=\"{d}\" is not a date of {year} in the form MM.DD");
            return null;
        }

        var t = (string?)day.Attribute("t");
        if (t is not ("1" or "2" or "3"))
        {
            problems.Add($"line {line}: t=\"{t}\" must be 1 (day off), 2 (shortened day) or 3 (working weekend day)");
            return null;
        }

        var mark = (CalendarMark)int.Parse(t, CultureInfo.InvariantCulture);
        if (mark == CalendarMark.WorkingWeekend && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            problems.Add($"line {line}: {date:dd.MM.yyyy} is a {date.DayOfWeek}, so it cannot be a working weekend day (t=3)");
            return null;
        }

        return (date, mark);
    }

    private static int LineOf(XElement element) => ((IXmlLineInfo)element).LineNumber;
}
