using System.Globalization;
using Bot.Storage.Files;
using Bot.Storage.Files.S3;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Bot.Host.Administration.ToolAnswer;

namespace Bot.Host.Administration;

/// <summary><c>files check</c>: the uploads whose bytes the configured store lacks. <c>files migrate --to s3</c>:
/// copies the folder store (<c>Files:Root</c>) into the bucket (<c>Files:S3:…</c>), verifying every file,
/// resumable (<see cref="FolderToS3Migration"/>).</summary>
internal static class FilesTool
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors) => args switch
    {
        ["check"] => await CheckAsync(services, output, errors),
        ["migrate", "--to", "s3"] => await MigrateAsync(services, output, errors),
        _ => 2,
    };

    private static async Task<int> CheckAsync(IServiceProvider services, TextWriter output, TextWriter errors)
    {
        await using var scope = services.CreateAsyncScope();
        var check = new ContentCheck(scope.ServiceProvider.GetRequiredService<IContentStore>(), scope.ServiceProvider.GetRequiredService<ContentReferenceRepository>());
        var (checkedCount, missing) = await check.RunAsync(
            named => output.WriteLineAsync($"missing {named.Sha256}: {Rows(named.Rows)}, the first #{named.FirstId} «{named.FileName}»"), CancellationToken.None);
        var store = services.GetRequiredService<IOptions<FileStoreOptions>>().Value.Store;
        return missing == 0
            ? await Done(output, $"{checkedCount} stored contents checked in the {store} store: none missing.")
            : await Refuse(errors, $"{checkedCount} stored contents checked in the {store} store: {missing} missing (listed above). Restore them from a backup.");
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, TextWriter output, TextWriter errors)
    {
        var options = services.GetRequiredService<IOptions<FileStoreOptions>>();
        if (string.IsNullOrWhiteSpace(options.Value.S3.Bucket))
        {
            return await Refuse(errors, "Files:S3:Bucket is empty: configure the bucket to copy into (Files__S3__ServiceUrl, Files__S3__Bucket, the keys).");
        }

        using var target = new S3ContentStore(options);
        var migration = new FolderToS3Migration(new FolderContentStore(options), target);
        var tally = await migration.RunAsync(progress => output.WriteLine(Line(progress)), CancellationToken.None);
        foreach (var problem in tally.Problems)
        {
            await errors.WriteLineAsync(problem);
        }

        return tally.Damaged + tally.Failed == 0
            ? await Done(output, $"Done: {Line(tally)}; every file verified in bucket {options.Value.S3.Bucket}.")
            : await Refuse(errors, $"Not done: {Line(tally)}. Damaged files must be restored from a backup; run it again for the failed ones.");
    }

    private static string Line(MigrationTally tally) => string.Create(CultureInfo.InvariantCulture,
        $"{tally.Done:N0} of {tally.Total:N0} files: {tally.Copied:N0} copied, {tally.AlreadyThere:N0} already in the bucket, {tally.Damaged:N0} damaged, {tally.Failed:N0} failed");

    private static string Rows(long rows) => rows == 1 ? "1 row" : $"{rows} rows";
}
