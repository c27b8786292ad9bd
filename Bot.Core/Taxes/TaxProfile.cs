namespace Bot.Core.Taxes;

/// <summary>What the tax calendar needs to know of a company besides its ИНН: its regime and whether it employs people.</summary>
public sealed record TaxProfile(TaxRegime Regime, bool Employer)
{
    /// <summary>The kind of taxpayer a ИНН names: 10 digits an organisation, 12 an entrepreneur.</summary>
    public static Taxpayer PayerOf(string inn) => inn.Length == 12 ? Taxpayer.Entrepreneur : Taxpayer.Organisation;
}
