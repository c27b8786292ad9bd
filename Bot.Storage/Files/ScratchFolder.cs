namespace Bot.Storage.Files;

/// <summary><c>Files:Root/incoming</c>: bytes being hashed before they are put, or read back before they are verified.
/// A crash leaves its file behind (never read: it has no name in the store); the first use in a process removes
/// whatever is older than a day, long past any put or read still running in another process on the same folder.</summary>
internal sealed class ScratchFolder(string root)
{
    private static readonly TimeSpan Stale = TimeSpan.FromDays(1);
    private int cleaned;

    public string Path => System.IO.Path.Combine(System.IO.Path.GetFullPath(root), "incoming");

    /// <summary>The folder, created if missing, with stale leftovers removed the first time.</summary>
    public string Ready()
    {
        var path = Path;
        Directory.CreateDirectory(path);
        if (Interlocked.Exchange(ref cleaned, 1) == 0)
        {
            foreach (var leftover in new DirectoryInfo(path).EnumerateFiles().Where(file => file.LastWriteTimeUtc < DateTime.UtcNow - Stale))
            {
                try
                {
                    leftover.Delete();
                }
                catch (IOException)
                {
                    // Another process removed it first, or still holds it: it goes next time.
                }
            }
        }

        return path;
    }
}
