using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Files.S3;

/// <summary>The content store in an S3-compatible bucket (<c>Files:Store=S3</c>), shared by every instance on every
/// machine; each object's key is its SHA-256. A put stages the bytes in <c>Files:Root</c> to learn their hash,
/// uploads them with their Content-MD5 (the server refuses bytes damaged on the way) and checks the ETag it
/// answers; it returns only once the server has them. Storing bytes already kept uploads them again, which
/// refreshes their time so the orphan sweeper never takes bytes a new row is about to name. A read downloads to
/// scratch and hands on the bytes only once their hash matches the key; bytes not in the bucket yet but still in
/// this machine's folder store under <c>Files:Root</c> (a firm moving to S3 before its last migration pass) are
/// copied into the bucket on the way. The server's errors, timeouts and the
/// network become <see cref="ContentStoreUnavailableException"/> (retried by the caller's schedule); a missing
/// object, <see cref="FileNotFoundException"/>.</summary>
public sealed class S3ContentStore : IContentStore, IDisposable
{
    private readonly AmazonS3Client client;
    private readonly IOptions<FileStoreOptions> options;
    private readonly ScratchFolder scratch;
    private readonly FolderContentStore leftBehind;

    public S3ContentStore(IOptions<FileStoreOptions> options)
    {
        this.options = options;
        client = S3Clients.Create(options.Value.S3);
        scratch = new ScratchFolder(options.Value.Root);
        leftBehind = new FolderContentStore(options);
    }

    private string Bucket => options.Value.S3.Bucket;

    public async Task<StoredContent> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var staged = await StagedContent.WriteAsync(content, scratch.Ready(), maxBytes, flushToDisk: false, cancellationToken);
        var answer = await CallAsync("put", staged.Sha256, () => client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Bucket,
            Key = staged.Sha256,
            FilePath = staged.Path,
            MD5Digest = staged.Md5Base64,
            ContentType = "application/octet-stream",
            UseChunkEncoding = false,
        }, cancellationToken), cancellationToken);
        if (ETags.IsPlainMd5(answer.ETag) && !ETags.Matches(answer.ETag, staged.Md5Base64))
        {
            throw new ContentStoreUnavailableException(
                $"S3 put of {ContentName.Abbreviated(staged.Sha256)}: the server kept bytes other than those sent (ETag {answer.ETag})", new IOException("ETag mismatch"));
        }

        return new StoredContent(staged.Sha256, staged.Size);
    }

    public async Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        try
        {
            return await DownloadAsync(sha256, cancellationToken);
        }
        catch (FileNotFoundException) when (File.Exists(leftBehind.PathOf(sha256)))
        {
            // Kept in this machine's folder before the move to the bucket and not migrated yet: copied on the way.
            await using (var local = await leftBehind.OpenReadAsync(sha256, cancellationToken))
            {
                await PutAsync(local, long.MaxValue, cancellationToken);
            }

            return await DownloadAsync(sha256, cancellationToken);
        }
    }

    private async Task<Stream> DownloadAsync(string sha256, CancellationToken cancellationToken)
    {
        ContentName.Checked(sha256);
        using var answer = await CallAsync("get", sha256, () => client.GetObjectAsync(Bucket, sha256, cancellationToken), cancellationToken);
        StagedContent staged;
        try
        {
            staged = await StagedContent.WriteAsync(answer.ResponseStream, scratch.Ready(), long.MaxValue, flushToDisk: false, cancellationToken);
        }
        catch (Exception broken) when (broken is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new ContentStoreUnavailableException($"S3 get of {ContentName.Abbreviated(sha256)} broke off: {broken.Message}", broken);
        }

        if (staged.Sha256 != sha256)
        {
            await staged.DisposeAsync();
            throw new ContentCorruptedException(sha256, staged.Sha256);
        }

        return staged.OpenOnce();
    }

    public async Task<KeptObject?> FindAsync(string sha256, CancellationToken cancellationToken) =>
        await HeadAsync(sha256, cancellationToken) is { } head ? new KeptObject(sha256, head.ContentLength, Utc(head.LastModified)) : null;

    /// <summary>The object's ETag (for a plain upload, the MD5 of its bytes), or null when it is not there.</summary>
    public async Task<string?> FindETagAsync(string sha256, CancellationToken cancellationToken) =>
        (await HeadAsync(sha256, cancellationToken))?.ETag;

    public Task DeleteAsync(string sha256, CancellationToken cancellationToken) =>
        CallAsync("delete", ContentName.Checked(sha256), () => client.DeleteObjectAsync(Bucket, sha256, cancellationToken), cancellationToken);

    public async IAsyncEnumerable<KeptObject> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? next = null;
        do
        {
            var request = new ListObjectsV2Request { BucketName = Bucket, ContinuationToken = next };
            var page = await CallAsync("list", "", () => client.ListObjectsV2Async(request, cancellationToken), cancellationToken);
            foreach (var kept in page.S3Objects ?? [])
            {
                if (ContentName.IsValid(kept.Key))
                {
                    yield return new KeptObject(kept.Key, kept.Size ?? 0, Utc(kept.LastModified));
                }
            }

            next = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (next is not null);
    }

    public void Dispose() => client.Dispose();

    private async Task<GetObjectMetadataResponse?> HeadAsync(string sha256, CancellationToken cancellationToken)
    {
        ContentName.Checked(sha256);
        try
        {
            return await CallAsync("head", sha256, () => client.GetObjectMetadataAsync(Bucket, sha256, cancellationToken), cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static DateTimeOffset Utc(DateTime? time) => new(time?.ToUniversalTime() ?? DateTime.UnixEpoch, TimeSpan.Zero);

    private static async Task<T> CallAsync<T>(string what, string sha256, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (AmazonS3Exception missing) when (missing.StatusCode == HttpStatusCode.NotFound && missing.ErrorCode is not "NoSuchBucket")
        {
            throw new FileNotFoundException($"S3 {what}: {ContentName.Abbreviated(sha256)} is not in the bucket", sha256, missing);
        }
        catch (Exception error) when (error is AmazonServiceException or AmazonClientException or HttpRequestException or IOException or TimeoutException or TaskCanceledException
                                      && !cancellationToken.IsCancellationRequested)
        {
            throw new ContentStoreUnavailableException($"S3 {what}{(sha256.Length > 0 ? " of " + ContentName.Abbreviated(sha256) : "")} failed: {error.GetType().Name}: {error.Message}", error);
        }
    }
}
