using Bot.Core.Calendar;

namespace Bot.Storage.Calendar;

/// <summary>The calendar files shipped in the repository's calendar/ folder, embedded in this assembly.</summary>
public static class ShippedCalendars
{
    private const string Prefix = "calendar/";

    public static IReadOnlyList<(string Source, CalendarYear Year)> All()
    {
        var assembly = typeof(ShippedCalendars).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (name, ProductionCalendarFile.Parse(reader.ReadToEnd()));
            })];
    }
}
