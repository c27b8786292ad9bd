using Bot.Core.Taxes;

namespace Bot.Host.Taxes;

/// <summary>The tax calendar files of the repository's taxcalendar/ folder, embedded in this assembly and read once.</summary>
public static class ShippedTaxCalendar
{
    private const string Prefix = "taxcalendar/";

    public static TaxSchedule Load()
    {
        var assembly = typeof(ShippedTaxCalendar).Assembly;
        var years = new List<TaxYear>();
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            years.Add(TaxCalendarReader.Read(reader.ReadToEnd()));
        }

        return new TaxSchedule(years);
    }
}
