using Bot.Core.Access;
using Bot.Host.Filings;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary><c>filings import FILE.jsonl</c>: records a filing system's export (<see cref="FilingManifest"/>); nothing
/// is imported if any line has a problem, and the same file again changes nothing and tells nobody.</summary>
internal static class FilingsTool
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args is not ["import", var path])
        {
            return 2;
        }

        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return await Refuse(errors, $"Cannot read {path}: {error.Message}");
        }

        var companies = await services.GetRequiredService<IClientCompanies>().AllAsync(CancellationToken.None);
        var (manifest, problems) = FilingManifest.Read(lines, Path.GetDirectoryName(Path.GetFullPath(path)), companies.ToDictionary(c => c.Inn, c => c.Id, StringComparer.Ordinal));
        if (problems.Count > 0)
        {
            return await Refuse(errors, string.Join(Environment.NewLine, [.. problems, $"Nothing was imported: {problems.Count} problem(s)."]));
        }

        var importer = new FilingImporter(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<TimeProvider>());
        var result = await importer.ImportAsync(manifest, companies.ToDictionary(c => c.Id, c => c.Name), CancellationToken.None);
        return await Done(output, result.ToString());
    }
}
