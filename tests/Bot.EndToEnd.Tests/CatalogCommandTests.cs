using Bot.Testing.Hosting;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>An administrator loads the service catalog from its YAML file with the host's own commands.</summary>
public sealed class CatalogCommandTests : IAsyncLifetime, IDisposable
{
    private static readonly string Demo = Path.Combine(AppContext.BaseDirectory, "catalog", "demo.yaml");
    private readonly TestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("catalog-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_demo_catalog_imported_twice_leaves_the_same_rows()
    {
        var first = await HostProcess.RunToolAsync(database.ConnectionString, "catalog", "import", Demo);
        var rows = await RowsAsync();
        var second = await HostProcess.RunToolAsync(database.ConnectionString, "catalog", "import", Demo);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("Imported 4 categories: 21 services added, 0 updated, 0 archived.", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 services added, 21 updated, 0 archived.", second.Output, StringComparison.Ordinal);
        Assert.Equal(rows, await RowsAsync());
        Assert.Contains(rows, row => row.StartsWith("hiring|Приём сотрудника|1|3|t#", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("usn-declaration|Декларация УСН|5|10|t#", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("dismissal-order|Увольнение сотрудника: приказ и расчёт|1|2|t|dismissal-application#", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_exported_catalog_imports_again_without_a_change()
    {
        await HostProcess.RunToolAsync(database.ConnectionString, "catalog", "import", Demo);
        var rows = await RowsAsync();

        var export = await HostProcess.RunToolAsync(database.ConnectionString, "catalog", "export");
        var again = await HostProcess.RunToolAsync(database.ConnectionString, "catalog", "import", Write("export.yaml", export.Output));

        Assert.Equal((0, 0), (export.ExitCode, again.ExitCode));
        Assert.Contains("0 services added, 21 updated, 0 archived.", again.Output, StringComparison.Ordinal);
        Assert.Equal(rows, await RowsAsync());
    }

    [Fact]
    public async Task A_file_with_three_errors_reports_all_three_with_their_lines_and_changes_nothing()
    {
        await HostProcess.RunToolAsync(database.ConnectionString, "catalog", "import", Demo);
        var rows = await RowsAsync();
        var broken = File.ReadAllText(Demo)
            .Replace("        hard_days: 3\n        file_required: true\n        checklist:\n          - Паспорт", "        hard_days: три\n        file_required: true\n        checklist:\n          - Паспорт", StringComparison.Ordinal)
            .Replace("    department: consulting", "    department: legal", StringComparison.Ordinal)
            .Replace("        waits_for: dismissal-application", "        waits_for: dismissal-letter", StringComparison.Ordinal)
            .Replace("title: Отпуск", "title: Ежегодный отпуск", StringComparison.Ordinal);

        var (exitCode, _, errors) = await HostProcess.RunToolAsync(database.ConnectionString, "catalog", "import", Write("broken.yaml", broken));

        Assert.True(exitCode == 1, errors);
        var lines = File.ReadAllLines(Path.Combine(folder, "broken.yaml"));
        Assert.Contains($"broken.yaml: line {LineOf(lines, "hard_days: три")}: 'hard_days' must be a whole number", errors, StringComparison.Ordinal);
        Assert.Contains($"broken.yaml: line {LineOf(lines, "department: legal") - 2}: department 'legal' does not exist", errors, StringComparison.Ordinal);
        Assert.Contains($"broken.yaml: line {LineOf(lines, "code: dismissal-order")}: waits_for 'dismissal-letter' is not a service of this catalog", errors, StringComparison.Ordinal);
        Assert.True(errors.Contains("Nothing was imported (3 problem(s)).", StringComparison.Ordinal), errors);
        Assert.Equal(rows, await RowsAsync());
    }

    private static int LineOf(string[] lines, string text) => Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public async Task A_deeply_nested_or_windows_1251_file_is_refused_with_its_line_and_nothing_imported()
    {
        var nested = Write("nested.yaml", "categories:\n  - services: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        var cp1251 = Path.Combine(folder, "cp1251.yaml");
        await File.WriteAllBytesAsync(cp1251, [.. "categories:\n  - code: hr\n    title: "u8, 0xCA, 0xE0, 0xE4, 0xF0, 0xFB, (byte)'\n']);

        var deep = await HostProcess.RunToolAsync(database.ConnectionString, "catalog", "import", nested);
        var foreign = await HostProcess.RunToolAsync(database.ConnectionString, "catalog", "import", cp1251);

        Assert.Equal((1, 1), (deep.ExitCode, foreign.ExitCode));
        Assert.Contains("line 2: nested more than 32 levels deep", deep.Errors, StringComparison.Ordinal);
        Assert.Contains("line 3: the file is not UTF-8", foreign.Errors, StringComparison.Ordinal);
        Assert.Empty(await RowsAsync());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<List<string>> RowsAsync()
    {
        const string sql = """
            SELECT concat_ws('|', t.code, t.title, t.planned_days, t.hard_days, t.file_required, w.code) || '#' || t.id || '#' || array_to_string(t.checklist, ';')
            FROM service_templates t LEFT JOIN service_templates w ON w.id = t.waits_for_template_id
            ORDER BY t.id
            """;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        return [.. (await connection.QueryAsync<string>(sql)).Select(row => row)];
    }
}
