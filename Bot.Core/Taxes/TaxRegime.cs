namespace Bot.Core.Taxes;

/// <summary>The tax regimes a client company may be on; <see cref="TaxRegimeCodes"/> spells them.</summary>
public enum TaxRegime
{
    /// <summary>УСН «Доходы».</summary>
    UsnIncome,

    /// <summary>УСН «Доходы минус расходы».</summary>
    UsnIncomeExpense,

    /// <summary>ОСНО, the general regime.</summary>
    Osno,

    /// <summary>ПСН, the patent regime (entrepreneurs only).</summary>
    Psn,

    /// <summary>АУСН, the automated simplified regime.</summary>
    Ausn,
}
