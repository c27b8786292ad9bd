using Bot.Core.Messaging;
using Bot.Storage.Connection;
using Bot.Storage.Files;
using Bot.Testing.Postgres;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Tests.Files;

public sealed class FolderContentStoreTests : ContentStoreContract, IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly string root = Directory.CreateTempSubdirectory("files-").FullName;
    private readonly TestDatabase database = new();

    private FolderContentStore Folder => new(Options.Create(new FileStoreOptions { Root = root }));

    protected override IContentStore Store => Folder;

    protected override string Root => root;

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_folder_is_flushed_through_the_kernel_and_a_file_or_missing_folder_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("sync-").FullName;
        var file = Path.Combine(folder, "a");
        File.WriteAllText(file, "x");

        DirectorySync.Flush(folder);
        var notAFolder = Record.Exception(() => DirectorySync.Flush(file));
        var missing = Record.Exception(() => DirectorySync.Flush(Path.Combine(folder, "нет")));
        Directory.Delete(folder, recursive: true);

        Assert.IsType<IOException>(notAFolder);
        Assert.IsType<IOException>(missing);
    }

    [Fact]
    public async Task An_uploads_metadata_is_recorded_with_its_content()
    {
        var content = await Store.PutAsync(new MemoryStream("%PDF-1.7 договор"u8.ToArray()), 20_000_000, CancellationToken.None);
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        var files = new StoredFileRepository(session);

        var id = await files.RecordAsync(new NewStoredFile(content, "Договор.pdf", "application/pdf", FileKind.Document, UploadedBy: 5001, CompanyId: null, "BQACAgIAAxk", "AgADBQAD"), Now, CancellationToken.None);
        var found = await files.FindAsync(id, CancellationToken.None);

        Assert.Equal(new StoredFile(id, content.Sha256, content.Size, "Договор.pdf", "application/pdf", 5001, null, "BQACAgIAAxk", "AgADBQAD"), found);
    }

    protected override Task AlterAsync(string sha256, byte[] bytes) => File.WriteAllBytesAsync(Folder.PathOf(sha256), bytes);

    [Fact]
    public async Task Scratch_files_and_foreign_names_in_the_folder_are_not_listed_as_kept()
    {
        var kept = await Store.PutAsync(new MemoryStream([1]), Limit, CancellationToken.None);
        Directory.CreateDirectory(Path.Combine(root, "incoming"));
        await File.WriteAllTextAsync(Path.Combine(root, "incoming", new string('a', 64)), "half-written");
        await File.WriteAllTextAsync(Path.Combine(root, "notes.txt"), "x");

        Assert.Equal([kept.Sha256], (await ListAsync()).Select(k => k.Sha256));
    }
}
