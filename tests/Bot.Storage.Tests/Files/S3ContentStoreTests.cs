using Amazon.S3.Model;
using Bot.Storage.Files;
using Bot.Storage.Files.S3;
using Bot.Testing.S3;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Tests.Files;

/// <summary>The contract against a real S3-compatible server started by the tests, a fresh bucket per test.</summary>
public sealed class S3ContentStoreTests : ContentStoreContract, IAsyncLifetime, IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("s3-scratch-").FullName;
    private S3TestServer server = null!;
    private S3ContentStore store = null!;
    private string bucket = "";

    protected override IContentStore Store => store;

    protected override string Root => scratch;

    public async Task InitializeAsync()
    {
        server = await S3TestServer.SharedAsync();
        bucket = await server.CreateBucketAsync();
        store = new S3ContentStore(Options.Create(server.Options(bucket, scratch)));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(scratch, recursive: true);
    }

    protected override async Task AlterAsync(string sha256, byte[] bytes)
    {
        using var client = server.Client();
        await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = sha256, InputStream = new MemoryStream(bytes), UseChunkEncoding = false });
    }

    [Fact]
    public async Task Reads_leave_no_scratch_behind_and_an_upload_keeps_nothing_locally()
    {
        var kept = await Store.PutAsync(new MemoryStream(new byte[500_000]), Limit, CancellationToken.None);
        await ReadAsync(kept.Sha256);

        Assert.Empty(Directory.GetFiles(scratch, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Bytes_still_in_this_machines_folder_store_are_read_and_copied_into_the_bucket_on_the_way()
    {
        var folder = new FolderContentStore(Options.Create(new FileStoreOptions { Root = scratch }));
        var before = await folder.PutAsync(new MemoryStream("%PDF-1.7 договор до переезда"u8.ToArray()), Limit, CancellationToken.None);

        var read = await ReadAsync(before.Sha256);

        Assert.Equal("%PDF-1.7 договор до переезда"u8.ToArray(), read);
        Assert.Equal(before.Sha256, Assert.Single(await ListAsync()).Sha256);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_reported_as_unavailable_not_as_missing_bytes()
    {
        var options = server.Options("nowhere", scratch);
        options.S3.ServiceUrl = "http://127.0.0.1:9"; // the discard port: nothing listens
        using var unreachable = new S3ContentStore(Options.Create(options));

        await Assert.ThrowsAsync<ContentStoreUnavailableException>(() => unreachable.PutAsync(new MemoryStream([1]), Limit, CancellationToken.None));
        await Assert.ThrowsAsync<ContentStoreUnavailableException>(() => unreachable.OpenReadAsync(new string('a', 64), CancellationToken.None));
        Assert.Empty(Directory.GetFiles(scratch, "*", SearchOption.AllDirectories));
    }
}
