using Bot.Core.Calendar;
using Dapper;
using Npgsql;

namespace Bot.Storage.Calendar;

/// <summary>The production calendar in PostgreSQL: years are read whole and replaced whole.</summary>
public sealed class CalendarRepository(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<StoredCalendarYear>> LoadAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT y.year, y.provisional, y.source, y.imported_at, d.day, d.mark
            FROM calendar_years y
            LEFT JOIN calendar_days d ON d.year = y.year
            ORDER BY y.year, d.day
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DayRow>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return [.. rows.GroupBy(row => row.Year).Select(ToStored)];
    }

    /// <summary>Replaces the year's rows with the given ones in one transaction: a reader sees the old year
    /// or the new one, never a mixture.</summary>
    public async Task ReplaceYearAsync(CalendarYear year, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string upsertYear = """
            INSERT INTO calendar_years (year, provisional, source, imported_at)
            VALUES (@Year, @Provisional, @Source, @Now)
            ON CONFLICT (year) DO UPDATE
            SET provisional = excluded.provisional, source = excluded.source, imported_at = excluded.imported_at
            """;
        const string deleteDays = "DELETE FROM calendar_days WHERE year = @Year";
        const string insertDays = """
            INSERT INTO calendar_days (day, year, mark)
            SELECT d.day::date, @Year, d.mark
            FROM unnest(@Days, @Marks) AS d(day, mark)
            """;
        var marks = year.Marks.OrderBy(mark => mark.Key).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(upsertYear, new { year.Year, year.Provisional, Source = source, Now = now }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(deleteDays, new { year.Year }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(insertDays, new
        {
            year.Year,
            Days = marks.Select(mark => mark.Key.ToDateTime(TimeOnly.MinValue)).ToArray(),
            Marks = marks.Select(mark => (short)mark.Value).ToArray(),
        }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static StoredCalendarYear ToStored(IGrouping<int, DayRow> rows)
    {
        var first = rows.First();
        var marks = rows.Where(row => row.Day is not null).ToDictionary(row => DateOnly.FromDateTime(row.Day!.Value), row => (CalendarMark)row.Mark!.Value);
        return new StoredCalendarYear(new CalendarYear(first.Year, marks, first.Provisional), first.Source, first.ImportedAt);
    }

    private sealed class DayRow
    {
        public int Year { get; init; }

        public bool Provisional { get; init; }

        public string Source { get; init; } = "";

        public DateTimeOffset ImportedAt { get; init; }

        public DateTime? Day { get; init; }

        public short? Mark { get; init; }
    }
}
