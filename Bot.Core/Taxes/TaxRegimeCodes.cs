namespace Bot.Core.Taxes;

/// <summary>How regimes are spelled in the tax calendar's files, the administration command and the database.</summary>
public static class TaxRegimeCodes
{
    private static readonly Dictionary<TaxRegime, string> Codes = new()
    {
        [TaxRegime.UsnIncome] = "usn-income",
        [TaxRegime.UsnIncomeExpense] = "usn-income-expense",
        [TaxRegime.Osno] = "osno",
        [TaxRegime.Psn] = "psn",
        [TaxRegime.Ausn] = "ausn",
    };

    public static IEnumerable<string> All => Codes.Values;

    public static string Of(TaxRegime regime) => Codes[regime];

    public static bool TryParse(string? code, out TaxRegime regime)
    {
        foreach (var (candidate, spelled) in Codes)
        {
            if (string.Equals(spelled, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                regime = candidate;
                return true;
            }
        }

        regime = default;
        return false;
    }
}
