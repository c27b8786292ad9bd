using System.Globalization;
using Bot.Core.FileImport;
using Bot.Core.Taxes;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bot.Host.Taxes;

/// <summary>Reads one year of the tax calendar. Every problem of the file is collected with the obligation it is in,
/// and the file is refused whole if there is any: a wrong date must never reach a client.</summary>
public static class TaxCalendarReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    public static TaxYear Read(string text)
    {
        TaxYearFile file;
        try
        {
            file = Yaml.Deserialize<TaxYearFile>(text) ?? new TaxYearFile();
        }
        catch (YamlException malformed)
        {
            throw new InvalidFileException([$"line {malformed.Start.Line}: {malformed.Message}"]);
        }

        var problems = new List<string>();
        if (file.Year is < 2000 or > 2100)
        {
            problems.Add($"year: {file.Year} is not a year");
        }

        var obligations = file.Obligations.Select((entry, i) => Obligation(file.Year, entry, $"obligation {i + 1} ({entry.Code})", problems)).ToList();
        foreach (var duplicate in obligations.GroupBy(o => o.Code).Where(g => g.Count() > 1))
        {
            problems.Add($"code {duplicate.Key} is used more than once");
        }

        return problems.Count > 0 ? throw new InvalidFileException(problems) : new TaxYear(file.Year, file.Provisional, obligations);
    }

    private static TaxObligation Obligation(int year, TaxYearFile.ObligationEntry entry, string where, List<string> problems)
    {
        void Need(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add($"{where}: {problem}");
            }
        }

        Need(entry.Code is { Length: > 0 } spelled && spelled.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'), "code must be lower-case letters, digits and dashes");
        Need(!string.IsNullOrWhiteSpace(entry.Title) && !string.IsNullOrWhiteSpace(entry.TitleEn), "title and title_en are required");
        Need(!string.IsNullOrWhiteSpace(entry.Source), "source (the article of the law) is required");
        var payer = entry.Payer switch { "organisation" => Taxpayer.Organisation, "entrepreneur" => Taxpayer.Entrepreneur, "any" => Taxpayer.Any, _ => (Taxpayer?)null };
        Need(payer is not null, "payer must be organisation, entrepreneur or any");
        var regimes = new HashSet<TaxRegime>();
        foreach (var code in entry.Regimes)
        {
            Need(TaxRegimeCodes.TryParse(code, out var regime) && regimes.Add(regime), $"regime {code} is unknown or repeated (known: {string.Join(", ", TaxRegimeCodes.All)})");
        }

        Need(entry.Regimes.Count > 0, "regimes are required");
        var dates = new List<TaxDate>();
        if (entry.Monthly is { } monthly)
        {
            var months = monthly.Months ?? [.. Enumerable.Range(1, 12)];
            Need(monthly.Day is >= 1 and <= 31 && months.All(m => m is >= 1 and <= 12), "monthly needs a day 1–31 and months 1–12");
            Need(monthly.Period is "current" or "previous", "monthly period must be current or previous");
            if (monthly.Day is >= 1 and <= 31)
            {
                foreach (var month in months.Where(m => m is >= 1 and <= 12))
                {
                    var due = new DateOnly(year, month, Math.Min(monthly.Day, DateTime.DaysInMonth(year, month)));
                    var of = monthly.Period == "previous" ? due.AddMonths(-1) : due;
                    dates.Add(new TaxDate(due, new TaxPeriod(of.Year, TaxPeriodKind.Month, of.Month)));
                }
            }
        }

        foreach (var date in entry.Dates)
        {
            var due = DateOnly.TryParseExact(date.Due, "MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && year is >= 2000 and <= 2100
                ? new DateOnly(year, parsed.Month, parsed.Day) : (DateOnly?)null;
            var period = TaxPeriod.Parse(date.Period);
            Need(due is not null, $"due {date.Due} is not MM-DD");
            Need(period is not null, $"period {date.Period} is not YYYY, YYYY-Q1…Q4, YYYY-H1, YYYY-9M or YYYY-MM");
            Need(date.Move is null or "back", $"move {date.Move} is unknown (only back)");
            if (due is { } statutory && period is not null)
            {
                dates.Add(new TaxDate(statutory, period, date.Move == "back"));
            }
        }

        Need(entry.Monthly is not null || entry.Dates.Count > 0, "no dates (monthly or dates)");
        return new TaxObligation(entry.Code ?? "", entry.Title ?? "", entry.TitleEn ?? "", entry.Source ?? "", payer ?? Taxpayer.Any, regimes, entry.Employer, [.. dates.OrderBy(d => d.Statutory)]);
    }
}
