using Bot.Core.Drive;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Connection;
using Bot.Storage.Drive;
using Bot.Storage.Files;
using Bot.Storage.Firm;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;

namespace Bot.Storage.Tests.Drive;

/// <summary>Companies' drives on real PostgreSQL: folders for every company, documents, archive, and an audit nothing can rewrite.</summary>
public sealed class DriveRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly TaskActor Client = new(5001, "Светлана");
    private readonly TestDatabase database = new();
    private int romashka;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        romashka = await new CompanyRepository(database.DataSource).AddAsync("ООО «Ромашка»", "7707083893", Now, CancellationToken.None);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Every_company_gets_both_folders_when_it_is_created()
    {
        var later = await new CompanyRepository(database.DataSource).AddAsync("АО «Василёк»", "7736207543", Now, CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();

        var folders = await connection.QueryAsync<(int, string)>("SELECT company_id, kind FROM drive_folders ORDER BY company_id, kind");

        Assert.Equal([(romashka, "for_client"), (romashka, "from_client"), (later, "for_client"), (later, "from_client")], folders);
    }

    [Fact]
    public async Task Documents_list_newest_first_archived_ones_leave_the_list_and_every_action_is_audited()
    {
        var first = await InSessionAsync(async drive => await drive.AddAsync(romashka, DriveFolder.FromClient, await FileAsync("скан-1.pdf"), Client, Now, CancellationToken.None));
        var second = await InSessionAsync(async drive => await drive.AddAsync(romashka, DriveFolder.FromClient, await FileAsync("скан-2.pdf"), Client, Now.AddMinutes(1), CancellationToken.None));
        var listed = await InSessionAsync(drive => drive.ListAsync(romashka, DriveFolder.FromClient, 0, 10, Client, Now, CancellationToken.None));
        await InSessionAsync(async drive =>
        {
            var document = (await drive.FindAsync(first, CancellationToken.None))!;
            await drive.RecordDownloadAsync(document, Client, Now, CancellationToken.None);
            await drive.RecordDownloadAsync(document, Client, Now, CancellationToken.None);
            return await drive.ArchiveAsync(document, new TaskActor(7001, "Мария"), Now, CancellationToken.None);
        });
        var after = await InSessionAsync(drive => drive.ListAsync(romashka, DriveFolder.FromClient, 0, 10, Client, Now, CancellationToken.None));
        var empty = await InSessionAsync(drive => drive.ListAsync(romashka, DriveFolder.ForClient, 0, 10, Client, Now, CancellationToken.None));

        Assert.Equal([second, first], listed.Documents.Select(document => document.Id));
        Assert.Equal(["скан-2.pdf"], after.Documents.Select(document => document.File.Name));
        Assert.Equal((0, 0), (empty.Total, empty.Documents.Count));
        Assert.Equal(["upload", "upload", "list", "download", "download", "archive", "list", "list"], await AuditAsync());
    }

    [Fact]
    public async Task Audit_rows_cannot_be_changed_deleted_or_truncated()
    {
        await InSessionAsync(drive => drive.ListAsync(romashka, DriveFolder.FromClient, 0, 10, Client, Now, CancellationToken.None));
        await using var connection = await database.DataSource.OpenConnectionAsync();

        var update = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("UPDATE drive_audit SET user_name = 'кто-то'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("DELETE FROM drive_audit"));
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("TRUNCATE drive_audit"));

        Assert.Contains("cannot be changed or deleted", update.MessageText, StringComparison.Ordinal);
        Assert.Contains("cannot be changed or deleted", delete.MessageText, StringComparison.Ordinal);
        Assert.Contains("cannot be changed or deleted", truncate.MessageText, StringComparison.Ordinal);
        Assert.Equal(["list"], await AuditAsync());
    }

    private async Task<DraftFile> FileAsync(string name)
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        var id = await new StoredFileRepository(session).RecordAsync(
            new NewStoredFile(new StoredContent(new string('e', 64), 10), name, "application/pdf", FileKind.Document, Client.UserId, romashka, "tg-" + name), Now, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        return new DraftFile(id, name, 10, FileKind.Document);
    }

    private async Task<List<string>> AuditAsync()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>("SELECT action FROM drive_audit ORDER BY id")];
    }

    private Task<T> InSessionAsync<T>(Func<DriveRepository, Task<T>> work) => database.DataSource.InSessionAsync(session => work(new DriveRepository(session)));
}
