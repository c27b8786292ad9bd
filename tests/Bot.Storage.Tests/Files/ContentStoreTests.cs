using System.Security.Cryptography;
using Bot.Core.Messaging;
using Bot.Storage.Connection;
using Bot.Storage.Files;
using Bot.Testing.Postgres;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Tests.Files;

public sealed class ContentStoreTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly string root = Directory.CreateTempSubdirectory("files-").FullName;
    private readonly TestDatabase database = new();

    private ContentStore Store => new(Options.Create(new FileStoreOptions { Root = root }));

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task The_same_bytes_sent_twice_are_kept_once_and_read_back_whole()
    {
        var scan = RandomNumberGenerator.GetBytes(300_000);

        var first = await Store.PutAsync(new MemoryStream(scan), maxBytes: 20_000_000, CancellationToken.None);
        var second = await Store.PutAsync(new MemoryStream(scan), maxBytes: 20_000_000, CancellationToken.None);
        using var copy = new MemoryStream();
        await using (var stored = Store.OpenRead(first.Sha256))
        {
            await stored.CopyToAsync(copy);
        }

        Assert.Equal(first, second);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(scan)), first.Sha256);
        Assert.Equal(scan, copy.ToArray());
        Assert.Single(StoredFiles());
    }

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
    public async Task A_file_over_the_limit_is_refused_and_leaves_nothing_behind()
    {
        var large = new MemoryStream(new byte[1_000_001]);

        var refused = await Assert.ThrowsAsync<FileTooLargeException>(() => Store.PutAsync(large, maxBytes: 1_000_000, CancellationToken.None));

        Assert.Equal(1_000_000, refused.Limit);
        Assert.Empty(StoredFiles());
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

    private string[] StoredFiles() => Directory.GetFiles(root, "*", SearchOption.AllDirectories);
}
