namespace Bot.Core.Taxes;

/// <summary>A tax date as a company sees it: the obligation, its statutory date and the date it is really due
/// after moving off days off.</summary>
public sealed record TaxItem(TaxObligation Obligation, TaxDate Date, DateOnly Due, bool Provisional)
{
    /// <summary>Stable across exports and moves of the due date, so a calendar app updates the item instead of adding another.</summary>
    public string Uid => $"tax-{Obligation.Code}-{Date.Statutory:yyyyMMdd}";
}
