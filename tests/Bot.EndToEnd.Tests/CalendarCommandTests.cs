using Bot.Testing.Hosting;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>An administrator loads and inspects the production calendar with the host's own commands.</summary>
public sealed class CalendarCommandTests : IAsyncLifetime, IDisposable
{
    private const string Year2028 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <calendar year="2028" lang="ru">
          <days>
            <day d="01.03" t="1" h="1"/>
            <day d="01.04" t="1" h="1"/>
            <day d="02.22" t="2"/>
            <day d="11.04" t="3"/>
          </days>
        </calendar>
        """;

    private readonly TestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("calendar-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Importing_a_year_twice_loads_it_once_and_show_lists_its_days()
    {
        var file = Write("2028.xml", Year2028);

        var first = await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "import", file);
        var second = await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "import", file);
        var show = await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "show", "2028");

        Assert.Equal((0, 0, 0), (first.ExitCode, second.ExitCode, show.ExitCode));
        Assert.Contains("Imported 2028: 259 working days.", second.Output, StringComparison.Ordinal);
        Assert.Equal(4, await CountAsync("SELECT count(*) FROM calendar_days WHERE year = 2028"));
        Assert.Contains("2028: 259 working days", show.Output, StringComparison.Ordinal);
        Assert.Contains("days off on weekdays: 03.01 Mon, 04.01 Tue", show.Output, StringComparison.Ordinal);
        Assert.Contains("working weekend days: 04.11 Sat", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_file_changes_nothing_and_names_the_bad_line()
    {
        var good = Write("2028.xml", Year2028);
        await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "import", good);
        var bad = Write("2028-bad.xml", Year2028.Replace("<day d=\"02.22\" t=\"2\"/>", "<day d=\"02.31\" t=\"2\"/>", StringComparison.Ordinal).Replace("t=\"3\"", "t=\"9\"", StringComparison.Ordinal));

        var (exitCode, _, errors) = await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "import", bad);

        Assert.Equal(1, exitCode);
        Assert.Contains("2028-bad.xml: line 6: d=\"02.31\" is not a date of 2028", errors, StringComparison.Ordinal);
        Assert.Contains("2028-bad.xml: line 7: t=\"9\"", errors, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported.", errors, StringComparison.Ordinal);
        Assert.Equal(4, await CountAsync("SELECT count(*) FROM calendar_days WHERE year = 2028 AND day IN ('2028-02-22', '2028-11-04', '2028-01-03', '2028-01-04')"));
    }

    [Fact]
    public async Task Show_marks_a_provisional_year_and_a_year_without_data()
    {
        var provisional = await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "show", "2027");
        var missing = await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "show", "2031");
        var shipped = await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "show", "2026");

        Assert.Contains("2027: 249 working days — PROVISIONAL", provisional.Output, StringComparison.Ordinal);
        Assert.Contains("2031: NO DATA — counted Monday to Friday", missing.Output, StringComparison.Ordinal);
        Assert.Contains("2026: 247 working days\n", shipped.Output, StringComparison.Ordinal);
        Assert.Contains("shortened days:       30.04 Thu, 08.05 Fri, 11.06 Thu, 03.11 Tue", shipped.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_or_a_wrong_command_says_so()
    {
        var missing = await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "import", Path.Combine(folder, "nope.xml"));
        var wrong = await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "print", "2026");

        Assert.Equal((1, 2), (missing.ExitCode, wrong.ExitCode));
        Assert.Contains("Cannot read", missing.Errors, StringComparison.Ordinal);
        Assert.Contains("calendar import FILE", wrong.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_calendar_with_a_dtd_is_refused_and_nothing_changes()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE calendar [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <calendar year="2028"><days><day d="01.01" t="1"/></days><note>&b;</note></calendar>
            """;

        var refused = await HostProcess.RunToolAsync(database.ConnectionString, "calendar", "import", Write("dtd.xml", bomb));

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("not well-formed XML", refused.Errors, StringComparison.Ordinal);
        Assert.Contains("DTD", refused.Errors, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("SELECT count(*)::int FROM calendar_years WHERE year = 2028"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        return await connection.ExecuteScalarAsync<int>(sql);
    }
}
