using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Bot.Storage.Files;

/// <summary>Makes a rename durable: after a file is moved into a folder, the folder itself must be flushed, or
/// a power cut can lose the new name while the database row naming the bytes has committed. .NET cannot open a
/// directory, so on Linux this calls open(2) and fsync(2) directly; elsewhere it does nothing.</summary>
public static class DirectorySync
{
    private const int ReadOnlyDirectory = 0x10000; // O_RDONLY | O_DIRECTORY on Linux

    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var descriptor = Open([.. System.Text.Encoding.UTF8.GetBytes(directory), 0], ReadOnlyDirectory);
        if (descriptor < 0)
        {
            throw new IOException($"Cannot open the folder {directory} to flush it", new Win32Exception(Marshal.GetLastPInvokeError()));
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"Cannot flush the folder {directory}", new Win32Exception(Marshal.GetLastPInvokeError()));
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] nulTerminatedPath, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
