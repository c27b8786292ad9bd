namespace Bot.Core.Taxes;

/// <summary>A tax or reporting obligation of the calendar: what it is, its legal source, whom it concerns and its dates in the year.</summary>
public sealed record TaxObligation(
    string Code, string Title, string TitleEnglish, string Source, Taxpayer Payer, IReadOnlySet<TaxRegime> Regimes, bool EmployersOnly, IReadOnlyList<TaxDate> Dates)
{
    public bool Concerns(Taxpayer payer, TaxProfile profile) =>
        (Payer == Taxpayer.Any || Payer == payer) && Regimes.Contains(profile.Regime) && (!EmployersOnly || profile.Employer);
}
