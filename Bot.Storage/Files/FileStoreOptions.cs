namespace Bot.Storage.Files;

/// <summary>The <c>Files</c> section: where the firm keeps the bytes of every file exchanged in the bot.</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary><c>Folder</c> (the default: one machine) or <c>S3</c> (S3-compatible object storage shared by every instance).</summary>
    public ContentStoreKind Store { get; set; } = ContentStoreKind.Folder;

    /// <summary>With <c>Folder</c>, the store itself, on a disk that is backed up; with <c>S3</c>, only this
    /// instance's scratch space for bytes in transit. Relative paths are from the working directory.</summary>
    public string Root { get; set; } = ".local/files";

    /// <summary>Bytes that no row names this many hours after they were stored (work rolled back, a crash between
    /// the bytes and their row) are removed by the orphan sweeper.</summary>
    public int OrphanHours { get; set; } = 24;

    public S3StoreOptions S3 { get; set; } = new();
}
