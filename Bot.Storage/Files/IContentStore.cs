namespace Bot.Storage.Files;

/// <summary>Where the bytes of every exchanged file are kept, each once under its SHA-256 (lower-case hex). A put
/// returns only once the bytes are durably stored, so the database row naming them may commit after it; a read
/// hands on only bytes whose hash matches their name. Implemented by a folder (one machine) and by S3-compatible
/// object storage (several machines, <c>Files:Store=S3</c>).</summary>
public interface IContentStore
{
    /// <summary>Hashes and stores <paramref name="content"/>; the same bytes stored twice are kept once. Throws
    /// <see cref="FileTooLargeException"/> past <paramref name="maxBytes"/> (storing nothing) and
    /// <see cref="ContentStoreUnavailableException"/> while the store cannot be reached.</summary>
    Task<StoredContent> PutAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>The bytes named <paramref name="sha256"/>, verified against it before the stream is returned:
    /// <see cref="ContentCorruptedException"/> when they were altered, <see cref="FileNotFoundException"/> when
    /// they are missing.</summary>
    Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>The bytes' entry (length, when last stored), or null when they are not kept.</summary>
    Task<KeptObject?> FindAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>For the orphan sweeper: removes the bytes; nothing happens when they are already gone.</summary>
    Task DeleteAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Everything kept, in no particular order; names that are not a SHA-256 are left out.</summary>
    IAsyncEnumerable<KeptObject> ListAsync(CancellationToken cancellationToken);
}
