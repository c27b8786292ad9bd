using System.Security.Cryptography;

namespace Bot.Storage.Files;

/// <summary>Bytes copied into a temporary file while their SHA-256 (the name they will be kept under) and MD5 (S3's
/// Content-MD5, which the server checks against what it received) are computed. The file is deleted on dispose
/// unless it was moved into place or handed on.</summary>
internal sealed class StagedContent : IAsyncDisposable
{
    private StagedContent(string path, string sha256, long size, string md5)
    {
        Path = path;
        Sha256 = sha256;
        Size = size;
        Md5Base64 = md5;
    }

    public string Path { get; }

    public string Sha256 { get; }

    public long Size { get; }

    public string Md5Base64 { get; }

    /// <param name="flushToDisk">Whether the bytes must survive a power cut once this returns (the folder store).</param>
    public static async Task<StagedContent> WriteAsync(Stream content, string folder, long maxBytes, bool flushToDisk, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(folder, Guid.NewGuid().ToString("N"));
        try
        {
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
#pragma warning disable CA5351 // Content-MD5 is S3's integrity check of an upload, not a security use.
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
            var buffer = new byte[81920];
            long size = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, useAsync: true))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        throw new FileTooLargeException(maxBytes);
                    }

                    sha256.AppendData(buffer, 0, read);
                    md5.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
                if (flushToDisk)
                {
                    file.Flush(flushToDisk: true);
                }
            }

            return new StagedContent(path, Convert.ToHexStringLower(sha256.GetHashAndReset()), size, Convert.ToBase64String(md5.GetHashAndReset()));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>The staged bytes, for reading once; the file goes when the stream is closed.</summary>
    public Stream OpenOnce() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
