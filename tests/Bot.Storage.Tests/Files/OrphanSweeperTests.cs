using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Connection;
using Bot.Storage.Files;
using Bot.Storage.Outbox;
using Bot.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Tests.Files;

public sealed class OrphanSweeperTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly string root = Directory.CreateTempSubdirectory("sweep-").FullName;
    private readonly TestDatabase database = new();

    private IOptions<FileStoreOptions> Options => Microsoft.Extensions.Options.Options.Create(new FileStoreOptions { Root = root, OrphanHours = 24 });

    private FolderContentStore Store => new(Options);

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Only_bytes_no_row_names_past_the_grace_period_are_removed()
    {
        var upload = await KeepAsync("скан паспорта", hoursAgo: 48);
        var chart = await KeepAsync("диаграмма дайджеста", hoursAgo: 48);
        var rolledBack = await KeepAsync("скан из отменённой формы", hoursAgo: 48);
        var justStored = await KeepAsync("скан, чья строка ещё не записана", hoursAgo: 1);
        await using (var session = new DbSession(database.DataSource))
        {
            await session.BeginAsync(CancellationToken.None);
            await new StoredFileRepository(session).RecordAsync(new NewStoredFile(upload, "Паспорт.jpg", "image/jpeg", FileKind.Photo, 5001, null, null), Now, CancellationToken.None);
            await new OutboxWriter(session).EnqueueAsync([new SendFile(5002, new StoredFileRef(0, "digest.png", "image/png", FileKind.Photo, chart.Sha256, null))], Now, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        var sweep = await SweepAsync();

        Assert.Equal(new OrphanSweep(Examined: 4, PastGrace: 3, Removed: 1), sweep);
        Assert.False(await Store.ContainsAsync(rolledBack.Sha256, CancellationToken.None));
        Assert.True(await Store.ContainsAsync(upload.Sha256, CancellationToken.None));
        Assert.True(await Store.ContainsAsync(chart.Sha256, CancellationToken.None));
        Assert.True(await Store.ContainsAsync(justStored.Sha256, CancellationToken.None));
    }

    [Fact]
    public async Task Old_unnamed_bytes_stored_again_by_a_new_upload_are_spared()
    {
        var old = await KeepAsync("тот же договор", hoursAgo: 72);

        await Store.PutAsync(new MemoryStream("тот же договор"u8.ToArray()), 1000, CancellationToken.None);
        var sweep = await SweepAsync();

        Assert.Equal(0, sweep.Removed);
        Assert.True(await Store.ContainsAsync(old.Sha256, CancellationToken.None));
    }

    [Fact]
    public async Task Bytes_stored_again_after_the_sweep_listed_them_are_spared()
    {
        var old = await KeepAsync("тот же акт", hoursAgo: 72);
        var listed = await ListAsync();

        await Store.PutAsync(new MemoryStream("тот же акт"u8.ToArray()), 1000, CancellationToken.None);
        var sweep = await SweepAsync(new ListedEarlier(Store, listed));

        Assert.Equal((1, 0), (sweep.PastGrace, sweep.Removed));
        Assert.True(await Store.ContainsAsync(old.Sha256, CancellationToken.None));
    }

    [Fact]
    public async Task An_orphan_the_store_will_not_remove_is_left_for_the_next_sweep_and_the_others_are_removed()
    {
        var stuck = await KeepAsync("скан, который хранилище не отдаёт", hoursAgo: 48);
        var other = await KeepAsync("другой брошенный скан", hoursAgo: 48);

        var sweep = await SweepAsync(new RefusingDelete(Store, stuck.Sha256));

        Assert.Equal(new OrphanSweep(Examined: 2, PastGrace: 2, Removed: 1, Failed: 1), sweep);
        Assert.True(await Store.ContainsAsync(stuck.Sha256, CancellationToken.None));
        Assert.False(await Store.ContainsAsync(other.Sha256, CancellationToken.None));
    }

    private async Task<StoredContent> KeepAsync(string text, int hoursAgo)
    {
        var kept = await Store.PutAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), 1000, CancellationToken.None);
        File.SetLastWriteTimeUtc(Store.PathOf(kept.Sha256), Now.UtcDateTime.AddHours(-hoursAgo));
        return kept;
    }

    private async Task<OrphanSweep> SweepAsync(IContentStore? store = null)
    {
        await using var session = new DbSession(database.DataSource);
        return await new OrphanSweeper(store ?? Store, new ContentReferenceRepository(session), Options, NullLogger<OrphanSweeper>.Instance).SweepAsync(Now, CancellationToken.None);
    }

    private async Task<List<KeptObject>> ListAsync()
    {
        var all = new List<KeptObject>();
        await foreach (var kept in Store.ListAsync(CancellationToken.None))
        {
            all.Add(kept);
        }

        return all;
    }

    /// <summary>The store, failing to delete one object as a server might refuse one key.</summary>
    private sealed class RefusingDelete(FolderContentStore store, string refused) : IContentStore
    {
        public Task<StoredContent> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken) => store.PutAsync(content, maxBytes, cancellationToken);

        public Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken) => store.OpenReadAsync(sha256, cancellationToken);

        public Task<KeptObject?> FindAsync(string sha256, CancellationToken cancellationToken) => store.FindAsync(sha256, cancellationToken);

        public Task DeleteAsync(string sha256, CancellationToken cancellationToken) => sha256 == refused
            ? throw new ContentStoreUnavailableException("S3 delete failed: 500 InternalError", new IOException("500"))
            : store.DeleteAsync(sha256, cancellationToken);

        public IAsyncEnumerable<KeptObject> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);
    }

    /// <summary>The store as it was listed a moment ago: the sweep sees old times for bytes stored again since.</summary>
    private sealed class ListedEarlier(FolderContentStore store, List<KeptObject> listed) : IContentStore
    {
        public Task<StoredContent> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken) => store.PutAsync(content, maxBytes, cancellationToken);

        public Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken) => store.OpenReadAsync(sha256, cancellationToken);

        public Task<KeptObject?> FindAsync(string sha256, CancellationToken cancellationToken) => store.FindAsync(sha256, cancellationToken);

        public Task DeleteAsync(string sha256, CancellationToken cancellationToken) => store.DeleteAsync(sha256, cancellationToken);

        public IAsyncEnumerable<KeptObject> ListAsync(CancellationToken cancellationToken) => listed.ToAsyncEnumerable();
    }
}
