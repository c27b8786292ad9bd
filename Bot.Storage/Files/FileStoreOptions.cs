namespace Bot.Storage.Files;

/// <summary>The <c>Files</c> section: where the firm keeps the bytes of every file exchanged in the bot.</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>A folder on a disk that is backed up; relative paths are from the working directory.</summary>
    public string Root { get; set; } = ".local/files";
}
