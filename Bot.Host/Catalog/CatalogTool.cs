using Bot.Core.Catalog;
using Bot.Core.FileImport;
using Bot.Storage.Catalog;
using Microsoft.Extensions.DependencyInjection;

using Bot.Host.Administration;

namespace Bot.Host.Catalog;

/// <summary><c>catalog import FILE</c> reads and validates the whole file against itself and the firm's
/// departments and staff, reports every problem with its line, and imports only a file without any;
/// <c>catalog export</c> prints the catalog in use in the same format.</summary>
internal static class CatalogTool
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var repository = services.GetRequiredService<CatalogRepository>();
        if (args is ["export"])
        {
            await output.WriteAsync(CatalogYamlWriter.Write(await repository.LoadAsync(CancellationToken.None)));
            return 0;
        }

        if (args is not ["import", var path])
        {
            return 2;
        }

        IReadOnlyList<string> problems;
        CatalogFile? catalog = null;
        try
        {
            (catalog, var shape) = CatalogYamlReader.Read(await ImportedText.ReadAsync(path, CatalogYamlReader.MaxBytes));
            var meaning = CatalogValidation.Check(
                catalog, await repository.DepartmentCodesAsync(CancellationToken.None), await repository.StaffLoginsAsync(CancellationToken.None));
            problems = Merge(shape, meaning);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"Cannot read {path}: {error.Message}");
            return 1;
        }
        catch (InvalidFileException invalid)
        {
            problems = invalid.Problems;
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await errors.WriteLineAsync($"{path}: {problem}");
            }

            await errors.WriteLineAsync($"Nothing was imported ({problems.Count} problem(s)).");
            return 1;
        }

        var summary = await repository.ImportAsync(catalog!, (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow(), CancellationToken.None);
        await output.WriteLineAsync($"Imported {catalog!.Categories.Count} categories: {summary.Added} services added, {summary.Updated} updated, {summary.Archived} archived.");
        return 0;
    }

    /// <summary>The reader's problems, and the validation's on lines the reader found nothing wrong with
    /// (a line the reader could not read would only be reported again, less clearly).</summary>
    private static List<string> Merge(IReadOnlyList<string> shape, IReadOnlyList<string> meaning)
    {
        var lines = shape.Select(ProblemLine.Of).ToHashSet();
        return [.. shape.Concat(meaning.Where(problem => !lines.Contains(ProblemLine.Of(problem)))).OrderBy(ProblemLine.Of)];
    }
}
