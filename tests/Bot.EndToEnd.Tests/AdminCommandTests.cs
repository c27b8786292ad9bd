using Bot.Testing.Hosting;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;

namespace Bot.EndToEnd.Tests;

/// <summary>The administration commands refuse what would be wrong with one sentence and change only what they say.</summary>
public sealed class AdminCommandTests : IAsyncLifetime
{
    private const string Inn = "7707083893";
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Staff_are_added_once_into_existing_departments_and_can_be_blocked()
    {
        var unknownDepartment = await RunAsync("staff", "add", "ivanova", "Иванова Мария", "hr,legal");
        var added = await RunAsync("staff", "add", "ivanova", "Иванова Мария", "hr,accounting", "admin");
        var twice = await RunAsync("staff", "add", "ivanova", "Иванова Мария", "hr");
        var blocked = await RunAsync("staff", "block", "ivanova");
        var list = await RunAsync("staff", "list");

        Assert.Equal((1, 0, 1, 0), (unknownDepartment.ExitCode, added.ExitCode, twice.ExitCode, blocked.ExitCode));
        Assert.Contains("does not exist", unknownDepartment.Errors, StringComparison.Ordinal);
        Assert.Contains("Already there", twice.Errors, StringComparison.Ordinal);
        Assert.Equal("ivanova\tИванова Мария\taccounting,hr\tadmin\tinvite not accepted\tblocked", list.Output.Trim());
    }

    [Fact]
    public async Task A_mistyped_inn_is_refused_and_an_archived_company_gets_no_invites()
    {
        await ExecuteAsync("INSERT INTO bot_identity (id, username, updated_at) VALUES (1, 'cabinet_bot', now())");

        var mistyped = await RunAsync("company", "add", "7707083894", "ООО «Опечатка»");
        await RunAsync("company", "add", Inn, "ООО «Ромашка»");
        var archived = await RunAsync("company", "archive", Inn);
        var invite = await RunAsync("invite", "client", Inn);
        var list = await RunAsync("company", "list");

        Assert.Equal((1, 0, 1), (mistyped.ExitCode, archived.ExitCode, invite.ExitCode));
        Assert.Contains("is not a valid ИНН", mistyped.Errors, StringComparison.Ordinal);
        Assert.Contains("No active company", invite.Errors, StringComparison.Ordinal);
        Assert.EndsWith("archived", list.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_employees_rights_in_a_company_are_changed_one_by_one()
    {
        await RunAsync("company", "add", Inn, "ООО «Ромашка»");
        await ExecuteAsync($"""
            INSERT INTO client_employees (id, full_name, telegram_user_id, created_at) VALUES (7, 'Светлана', 5001, now());
            INSERT INTO memberships (employee_id, company_id) SELECT 7, id FROM companies WHERE inn = '{Inn}';
            """);

        var changed = await RunAsync("employee", "rights", Inn, "7", "files=off", "approve=off");
        var wrong = await RunAsync("employee", "rights", Inn, "7", "files=maybe");
        var stranger = await RunAsync("employee", "rights", Inn, "8", "files=off");
        var list = await RunAsync("employee", "list", Inn);

        Assert.Equal((0, 2, 1), (changed.ExitCode, wrong.ExitCode, stranger.ExitCode));
        Assert.Contains("employee rights INN ID", wrong.Errors, StringComparison.Ordinal);
        Assert.Equal("7\tСветлана\tfiles=off documents=on approve=off finance=on", list.Output.Trim());
    }

    private Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] words) =>
        HostProcess.RunToolAsync(database.ConnectionString, words);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.ExecuteAsync(sql);
    }
}
