using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Bot.Core.Messaging;
using Bot.Host.Startup;
using Bot.Storage.Connection;
using Bot.Storage.Files;
using Bot.Storage.Files.S3;
using Bot.Testing.Hosting;
using Bot.Testing.Postgres;
using Bot.Testing.S3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.EndToEnd.Tests;

/// <summary>The operator's file-store commands, run as the host's commands: <c>files migrate --to s3</c> and <c>files check</c>.</summary>
public sealed partial class FileStoreToolTests : IAsyncLifetime, IDisposable
{
    private const int Files = 1000;
    private readonly string root = Directory.CreateTempSubdirectory("migrate-files-").FullName;
    private readonly string scratch = Directory.CreateTempSubdirectory("migrate-scratch-").FullName;
    private readonly TestDatabase database = new();
    private S3TestServer server = null!;
    private string bucket = "";

    private FolderContentStore Folder => new(Options.Create(new FileStoreOptions { Root = root }));

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        server = await S3TestServer.SharedAsync();
        bucket = await server.CreateBucketAsync();
    }

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose()
    {
        Directory.Delete(root, recursive: true);
        Directory.Delete(scratch, recursive: true);
    }

    [Fact]
    public async Task A_migration_of_a_thousand_files_killed_midway_and_run_again_copies_each_once_and_verifies_all()
    {
        var kept = new List<string>();
        for (var i = 0; i < Files; i++)
        {
            kept.Add((await Folder.PutAsync(new MemoryStream(RandomNumberGenerator.GetBytes(2_000 + i)), long.MaxValue, CancellationToken.None)).Sha256);
        }

        var interrupted = await RunUntilAsync(progress => progress.Done >= 200);
        var verifiedInBucket = await VerifiedInBucketAsync();
        var (exitCode, output, errors) = await HostProcess.RunAsync(["files", "migrate", "--to", "s3"], Environment());

        Assert.True(interrupted.Done < Files, $"the first run was not interrupted: {interrupted}");
        Assert.InRange(verifiedInBucket.Count, interrupted.Copied, Files - 1);
        Assert.True(exitCode == 0, output + errors);
        var done = Progress(output).Last();
        Assert.Equal((Files, Files - verifiedInBucket.Count, verifiedInBucket.Count, 0, 0), (done.Done, done.Copied, done.AlreadyThere, done.Damaged, done.Failed));
        Assert.Contains("every file verified", output, StringComparison.Ordinal);
        using var bucketStore = new S3ContentStore(Options.Create(server.Options(bucket, scratch)));
        foreach (var sha256 in kept)
        {
            await using var copy = await bucketStore.OpenReadAsync(sha256, CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_local_file_whose_bytes_no_longer_match_its_name_is_not_copied_and_the_run_says_so()
    {
        var good = await Folder.PutAsync(new MemoryStream([1, 2, 3]), long.MaxValue, CancellationToken.None);
        var bad = await Folder.PutAsync(new MemoryStream([4, 5, 6]), long.MaxValue, CancellationToken.None);
        await File.WriteAllBytesAsync(Folder.PathOf(bad.Sha256), [6, 6, 6]);

        var (exitCode, output, errors) = await HostProcess.RunAsync(["files", "migrate", "--to", "s3"], Environment());

        Assert.Equal(1, exitCode);
        Assert.Contains($"damaged: {bad.Sha256}", errors, StringComparison.Ordinal);
        Assert.Contains("1 copied, 0 already in the bucket, 1 damaged, 0 failed", errors, StringComparison.Ordinal);
        Assert.Equal([good.Sha256], (await VerifiedInBucketAsync()).Select(o => o.Key));
    }

    [Fact]
    public async Task The_check_lists_the_uploads_whose_bytes_are_missing()
    {
        var present = await Folder.PutAsync(new MemoryStream("акт сверки"u8.ToArray()), long.MaxValue, CancellationToken.None);
        var lost = await Folder.PutAsync(new MemoryStream("потерянный скан"u8.ToArray()), long.MaxValue, CancellationToken.None);
        await using (var session = new DbSession(database.DataSource))
        {
            await session.BeginAsync(CancellationToken.None);
            var files = new StoredFileRepository(session);
            await files.RecordAsync(new NewStoredFile(present, "Акт.pdf", "application/pdf", FileKind.Document, 5001, null, null), DateTimeOffset.UtcNow, CancellationToken.None);
            await files.RecordAsync(new NewStoredFile(lost, "Скан.jpg", "image/jpeg", FileKind.Photo, 5001, null, null), DateTimeOffset.UtcNow, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        File.Delete(Folder.PathOf(lost.Sha256));
        var (exitCode, output, errors) = await StartupGuard.RunToolInProcessAsync(
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Cabinet"] = database.ConnectionString, ["Files:Root"] = root }),
            ["files", "check"]);

        Assert.Equal(1, exitCode);
        Assert.Equal($"missing {lost.Sha256}: 1 row, the first #2 «Скан.jpg»", output.Trim());
        Assert.Contains("2 stored contents checked in the Folder store: 1 missing", errors, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Cabinet"] = database.ConnectionString, ["Files__Root"] = root };
        foreach (var (key, value) in server.Settings(bucket).Where(s => s.Key != "Files:Store"))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        return environment;
    }

    /// <summary>Runs the migration and kills it (the whole process, at once) when its progress meets <paramref name="stop"/>.</summary>
    private async Task<MigrationTally> RunUntilAsync(Func<MigrationTally, bool> stop)
    {
        using var process = HostProcess.StartReadingOutput(["files", "migrate", "--to", "s3"], Environment());
        var last = new MigrationTally(0, Files, 0, 0, 0, 0, []);
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (Progress(line).SingleOrDefault() is { } progress)
            {
                last = progress;
                if (stop(progress))
                {
                    process.Kill(entireProcessTree: true);
                    break;
                }
            }
        }

        await process.WaitForExitAsync();
        return last;
    }

    /// <summary>The objects in the bucket whose ETag is the MD5 of the local file of the same name.</summary>
    private async Task<List<Amazon.S3.Model.S3Object>> VerifiedInBucketAsync()
    {
        using var client = server.Client();
        var listed = await client.ListObjectsV2Async(new Amazon.S3.Model.ListObjectsV2Request { BucketName = bucket, MaxKeys = 5000 });
#pragma warning disable CA5351 // an S3 ETag is an MD5
        return [.. (listed.S3Objects ?? []).Where(o => File.Exists(Folder.PathOf(o.Key))
            && o.ETag.Trim('"') == Convert.ToHexStringLower(MD5.HashData(File.ReadAllBytes(Folder.PathOf(o.Key)))))];
#pragma warning restore CA5351
    }

    private static IEnumerable<MigrationTally> Progress(string text) =>
        ProgressLine().Matches(text).Select(m => new MigrationTally(
            Number(m.Groups[1]), Number(m.Groups[2]), Number(m.Groups[3]), Number(m.Groups[4]), Number(m.Groups[5]), Number(m.Groups[6]), []));

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"([\d,]+) of ([\d,]+) files: ([\d,]+) copied, ([\d,]+) already in the bucket, ([\d,]+) damaged, ([\d,]+) failed")]
    private static partial Regex ProgressLine();
}
