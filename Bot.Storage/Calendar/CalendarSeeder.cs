namespace Bot.Storage.Calendar;

/// <summary>Loads the shipped calendar years the database lacks, or holds only provisionally while the
/// shipped one is final. A year an administrator imported is otherwise left alone.</summary>
public sealed class CalendarSeeder(CalendarRepository repository)
{
    /// <summary>Returns the years loaded.</summary>
    public async Task<IReadOnlyList<int>> SeedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = (await repository.LoadAsync(cancellationToken)).ToDictionary(entry => entry.Year.Year, entry => entry.Year);
        var loaded = new List<int>();
        foreach (var (source, year) in ShippedCalendars.All())
        {
            if (stored.TryGetValue(year.Year, out var existing) && !(existing.Provisional && !year.Provisional))
            {
                continue;
            }

            await repository.ReplaceYearAsync(year, source, now, cancellationToken);
            loaded.Add(year.Year);
        }

        return loaded;
    }
}
