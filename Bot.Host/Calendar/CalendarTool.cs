using Bot.Core.FileImport;
using System.Globalization;
using Bot.Core.Calendar;
using Bot.Storage.Calendar;
using Microsoft.Extensions.DependencyInjection;

using Bot.Host.Administration;

namespace Bot.Host.Calendar;

/// <summary><c>calendar import FILE</c> validates a production calendar file and replaces its year whole;
/// <c>calendar show YEAR</c> prints what the bot counts by, marking a provisional year or one without data.</summary>
internal static class CalendarTool
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var repository = services.GetRequiredService<CalendarRepository>();
        switch (args)
        {
            case ["import", var path]:
                return await ImportAsync(repository, path, services.GetService<TimeProvider>() ?? TimeProvider.System, output, errors);
            case ["show", var text] when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year):
                var stored = (await repository.LoadAsync(CancellationToken.None)).SingleOrDefault(entry => entry.Year.Year == year);
                await output.WriteAsync(CalendarReport.Describe(year, stored));
                return 0;
            default:
                return 2;
        }
    }

    private static async Task<int> ImportAsync(CalendarRepository repository, string path, TimeProvider time, TextWriter output, TextWriter errors)
    {
        CalendarYear year;
        try
        {
            year = ProductionCalendarFile.Parse(await ImportedText.ReadAsync(path, ProductionCalendarFile.MaxCharacters));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"Cannot read {path}: {error.Message}");
            return 1;
        }
        catch (InvalidFileException invalid)
        {
            foreach (var problem in invalid.Problems)
            {
                await errors.WriteLineAsync($"{path}: {problem}");
            }

            await errors.WriteLineAsync("Nothing was imported.");
            return 1;
        }

        await repository.ReplaceYearAsync(year, Path.GetFileName(path), time.GetUtcNow(), CancellationToken.None);
        await output.WriteLineAsync($"Imported {year.Year}{(year.Provisional ? " (provisional)" : "")}: {year.WorkingDayCount()} working days. The running bot uses it within {WorkCalendarSource.Freshness.TotalMinutes:0} minutes.");
        return 0;
    }
}
