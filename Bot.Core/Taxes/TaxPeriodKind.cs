namespace Bot.Core.Taxes;

public enum TaxPeriodKind
{
    Year,
    Quarter,
    HalfYear,
    NineMonths,
    Month,
}
