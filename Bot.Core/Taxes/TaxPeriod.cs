using System.Globalization;

namespace Bot.Core.Taxes;

/// <summary>The period a tax date is for, as the files spell it: <c>2025</c> a year, <c>2026-Q1</c> a quarter,
/// <c>2026-H1</c> a half-year, <c>2026-9M</c> nine months, <c>2026-01</c> a month.</summary>
public sealed record TaxPeriod(int Year, TaxPeriodKind Kind, int Number)
{
    public static TaxPeriod? Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100 || parts.Length > 2)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new TaxPeriod(year, TaxPeriodKind.Year, 0);
        }

        return parts[1] switch
        {
            "Q1" or "Q2" or "Q3" or "Q4" => new TaxPeriod(year, TaxPeriodKind.Quarter, parts[1][1] - '0'),
            "H1" => new TaxPeriod(year, TaxPeriodKind.HalfYear, 1),
            "9M" => new TaxPeriod(year, TaxPeriodKind.NineMonths, 9),
            _ when parts[1].Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
                => new TaxPeriod(year, TaxPeriodKind.Month, month),
            _ => null,
        };
    }
}
