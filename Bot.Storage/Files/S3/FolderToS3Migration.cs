using System.Security.Cryptography;

namespace Bot.Storage.Files.S3;

/// <summary><c>files migrate --to s3</c>: copies every file of the folder store into the bucket, so a firm moves
/// to S3 while the bot runs (switch <c>Files:Store</c> once it is done, then run it again for what arrived
/// meanwhile). A file already in the bucket is verified by its ETag (the MD5 of a plain upload, compared with the
/// local bytes' MD5) or, when the ETag says nothing of the bytes, by reading it back; any other file's bytes are
/// verified against their name before they leave, and the copy by the server's Content-MD5 check and its ETag.
/// Interrupted, it is simply run again: what is already verified in the bucket is not copied twice.</summary>
public sealed class FolderToS3Migration(FolderContentStore source, S3ContentStore target)
{
    private const int Parallel = 4;

    public async Task<MigrationTally> RunAsync(Action<MigrationTally> progress, CancellationToken cancellationToken)
    {
        var total = 0;
        await foreach (var _ in source.ListAsync(cancellationToken))
        {
            total++;
        }

        var counter = new MigrationCounter(total, progress);
        await System.Threading.Tasks.Parallel.ForEachAsync(source.ListAsync(cancellationToken), new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (kept, token) => counter.Add(await MoveAsync(kept.Sha256, token)));
        return counter.Tally;
    }

    private async Task<MigrationStep> MoveAsync(string sha256, CancellationToken cancellationToken)
    {
        try
        {
            if (await target.FindETagAsync(sha256, cancellationToken) is { } etag && await IsVerifiedCopyAsync(sha256, etag, cancellationToken))
            {
                return new MigrationStep.AlreadyThere();
            }

            await using var local = await source.OpenReadAsync(sha256, cancellationToken);
            var stored = await target.PutAsync(local, long.MaxValue, cancellationToken);
            return stored.Sha256 == sha256 ? new MigrationStep.Copied() : new MigrationStep.Failed(sha256, "the bytes changed while they were copied");
        }
        catch (ContentCorruptedException damaged)
        {
            return new MigrationStep.Damaged(sha256, damaged.Message);
        }
        catch (Exception error) when (error is ContentStoreUnavailableException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return new MigrationStep.Failed(sha256, error.Message);
        }
    }

    /// <summary>Whether the object in the bucket holds the local bytes: by its ETag against the local file's MD5 (one
    /// read; the object was verified against its name when it was put), or, when the ETag says nothing of the bytes,
    /// by reading it back.</summary>
    private async Task<bool> IsVerifiedCopyAsync(string sha256, string etag, CancellationToken cancellationToken)
    {
        if (ETags.IsPlainMd5(etag))
        {
            await using var local = File.OpenRead(source.PathOf(sha256));
#pragma warning disable CA5351 // MD5 is what an S3 ETag holds; the bytes' identity is their SHA-256.
            return ETags.Matches(etag, Convert.ToBase64String(await MD5.HashDataAsync(local, cancellationToken)));
#pragma warning restore CA5351
        }

        try
        {
            await using var copy = await target.OpenReadAsync(sha256, cancellationToken);
            return true;
        }
        catch (ContentCorruptedException)
        {
            return false;
        }
    }
}
