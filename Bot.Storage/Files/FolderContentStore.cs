using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Files;

/// <summary>A content-addressed folder (<c>Files:Store=Folder</c>, one machine): each file's bytes are kept once,
/// under their SHA-256 (<c>ab/cd/abcd…</c>). Bytes are written to a temporary file and moved into place only when
/// complete, so a failure or a crash never leaves a half-written file where a reader could find it. The file and
/// then its folder are flushed to disk before the bytes are reported stored, so a row that names them never
/// outlives them after a power cut. Storing bytes already kept refreshes their time, so the orphan sweeper never
/// takes bytes a new row is about to name; if the kept copy was damaged, it is replaced.</summary>
public sealed class FolderContentStore(IOptions<FileStoreOptions> options) : IContentStore
{
    private readonly ScratchFolder scratch = new(options.Value.Root);

    private string Root => Path.GetFullPath(options.Value.Root);

    public async Task<StoredContent> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var staged = await StagedContent.WriteAsync(content, scratch.Ready(), maxBytes, flushToDisk: true, cancellationToken);
        var final = PathOf(staged.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        if (File.Exists(final) && await IsIntactAsync(final, staged.Sha256, cancellationToken))
        {
            File.SetLastWriteTimeUtc(final, DateTime.UtcNow);
        }
        else
        {
            File.Move(staged.Path, final, overwrite: true);
            DirectorySync.Flush(Path.GetDirectoryName(final)!);
        }

        return new StoredContent(staged.Sha256, staged.Size);
    }

    public async Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{ContentName.Abbreviated(sha256)} is not in the folder store", path);
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        try
        {
            await ContentHash.VerifyAsync(file, sha256, cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> IsIntactAsync(string path, string sha256, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        try
        {
            await ContentHash.VerifyAsync(file, sha256, cancellationToken);
            return true;
        }
        catch (ContentCorruptedException)
        {
            return false;
        }
    }

    public Task<KeptObject?> FindAsync(string sha256, CancellationToken cancellationToken)
    {
        var file = new FileInfo(PathOf(sha256));
        return Task.FromResult(file.Exists ? new KeptObject(sha256, file.Length, file.LastWriteTimeUtc) : null);
    }

    public Task DeleteAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<KeptObject> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2 }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            if (ContentName.IsValid(name) && path == PathOf(name) && await FindAsync(name, cancellationToken) is { } kept)
            {
                yield return kept;
            }
        }
    }

    /// <summary>Where the bytes named <paramref name="sha256"/> are kept (for the migration's progress and tests).</summary>
    public string PathOf(string sha256) => Path.Combine(Root, ContentName.Checked(sha256)[..2], sha256[2..4], sha256);
}
