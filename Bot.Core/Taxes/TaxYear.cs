namespace Bot.Core.Taxes;

/// <summary>One year's file of the tax calendar; a provisional year is shown with a warning until it is checked.</summary>
public sealed record TaxYear(int Year, bool Provisional, IReadOnlyList<TaxObligation> Obligations);
