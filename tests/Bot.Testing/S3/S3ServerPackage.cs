using Bot.Testing.Processes;

namespace Bot.Testing.S3;

/// <summary>The npm package of the test S3 server (<c>tests/s3server</c>): installed from its lock file with
/// <c>npm ci</c> the first time a test needs it, once even when several test processes start together.</summary>
internal static class S3ServerPackage
{
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task<string> ScriptAsync()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "s3server");
        var script = Path.Combine(folder, "node_modules", "s3rver", "bin", "s3rver.js");
        await Installing.WaitAsync();
        try
        {
            await using var crossProcess = await LockAsync(Path.Combine(folder, ".install.lock"));
            if (!File.Exists(script))
            {
                await Shell.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
            }
        }
        finally
        {
            Installing.Release();
        }

        return File.Exists(script) ? script : throw new InvalidOperationException($"npm ci in {folder} did not install {script}.");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BotCabinet.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("BotCabinet.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 1200)
            {
                await Task.Delay(250);
            }
        }
    }
}
