using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Storage.Files;

/// <summary>Removes kept bytes that no row names <c>Files:OrphanHours</c> after they were stored: left by work that
/// rolled back, or by a crash between the bytes and their row (bytes are always stored before the row that names
/// them commits, so a young unnamed object may be one whose row is about to commit, and is spared). Storing bytes
/// again renews their time, and each candidate's time is read once more just before it is removed, so bytes a new
/// upload has just stored again are spared too. Works in batches, so a large store is never read into memory.</summary>
public sealed class OrphanSweeper(IContentStore store, ContentReferenceRepository references, IOptions<FileStoreOptions> options, ILogger<OrphanSweeper> log)
{
    private const int Batch = 500;

    public async Task<OrphanSweep> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var grace = now - TimeSpan.FromHours(options.Value.OrphanHours);
        int examined = 0, pastGrace = 0, removed = 0;
        var candidates = new List<string>(Batch);
        await foreach (var kept in store.ListAsync(cancellationToken))
        {
            examined++;
            if (kept.StoredAt < grace)
            {
                pastGrace++;
                candidates.Add(kept.Sha256);
            }

            if (candidates.Count == Batch)
            {
                removed += await RemoveUnnamedAsync(candidates, grace, cancellationToken);
                candidates.Clear();
            }
        }

        removed += await RemoveUnnamedAsync(candidates, grace, cancellationToken);
        log.LogInformation("Orphan sweep: {Examined} kept files examined, {PastGrace} older than {Hours} h, {Removed} named by no row removed",
            examined, pastGrace, options.Value.OrphanHours, removed);
        return new OrphanSweep(examined, pastGrace, removed);
    }

    private async Task<int> RemoveUnnamedAsync(List<string> candidates, DateTimeOffset grace, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return 0;
        }

        var removed = 0;
        foreach (var sha256 in await references.UnnamedAsync(candidates, cancellationToken))
        {
            if (await store.FindAsync(sha256, cancellationToken) is { } kept && kept.StoredAt < grace)
            {
                await store.DeleteAsync(sha256, cancellationToken);
                log.LogDebug("Orphan sweep removed {Sha256} ({Size} bytes, stored {StoredAt:u})", ContentName.Abbreviated(sha256), kept.Size, kept.StoredAt);
                removed++;
            }
        }

        return removed;
    }
}
