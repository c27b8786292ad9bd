using System.Security.Cryptography;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Files;

/// <summary>A content-addressed folder: each file's bytes are kept once, under their SHA-256
/// (<c>ab/cd/abcd…</c>). Bytes are written to a temporary file and moved into place only when complete, so
/// a failure or a crash never leaves a half-written file where a reader could find it; the same bytes
/// stored twice take the place once. The file and then its folder are flushed to disk before the bytes are
/// reported stored, so a row that names them never outlives them after a power cut.</summary>
public sealed class ContentStore(IOptions<FileStoreOptions> options)
{
    private string Root => Path.GetFullPath(options.Value.Root);

    public async Task<StoredContent> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var incoming = Path.Combine(Root, "incoming");
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            var (sha256, size) = await CopyHashingAsync(content, temporary, maxBytes, cancellationToken);
            var final = PathOf(sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (!File.Exists(final))
            {
                File.Move(temporary, final, overwrite: true);
                DirectorySync.Flush(Path.GetDirectoryName(final)!);
            }

            return new StoredContent(sha256, size);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Keeps bytes the bot made itself (a chart, a calendar file), to be sent like any other file.</summary>
    public async Task<StoredFileRef> KeepAsync(byte[] bytes, string name, string mimeType, FileKind kind, CancellationToken cancellationToken)
    {
        var kept = await PutAsync(new MemoryStream(bytes), bytes.Length, cancellationToken);
        return new StoredFileRef(0, name, mimeType, kind, kept.Sha256, null);
    }

    public Stream OpenRead(string sha256) => File.OpenRead(PathOf(sha256));

    public bool Contains(string sha256) => File.Exists(PathOf(sha256));

    private static async Task<(string Sha256, long Size)> CopyHashingAsync(Stream content, string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
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

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a SHA-256 in lower-case hex.", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }
}
