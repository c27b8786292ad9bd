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
        int examined = 0, pastGrace = 0;
        var outcome = new Removals();
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
                await RemoveUnnamedAsync(candidates, grace, outcome, cancellationToken);
                candidates.Clear();
            }
        }

        await RemoveUnnamedAsync(candidates, grace, outcome, cancellationToken);
        log.LogInformation("Orphan sweep: {Examined} kept files examined, {PastGrace} older than {Hours} h, {Removed} named by no row removed, {Failed} left for the next sweep",
            examined, pastGrace, options.Value.OrphanHours, outcome.Removed, outcome.Failed);
        return new OrphanSweep(examined, pastGrace, outcome.Removed, outcome.Failed);
    }

    /// <summary>Removes the batch's unnamed candidates; one that cannot be removed now is logged and left for the next sweep.</summary>
    private async Task RemoveUnnamedAsync(List<string> candidates, DateTimeOffset grace, Removals outcome, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        foreach (var sha256 in await references.UnnamedAsync(candidates, cancellationToken))
        {
            try
            {
                if (await store.FindAsync(sha256, cancellationToken) is { } kept && kept.StoredAt < grace)
                {
                    await store.DeleteAsync(sha256, cancellationToken);
                    log.LogDebug("Orphan sweep removed {Sha256} ({Size} bytes, stored {StoredAt:u})", ContentName.Abbreviated(sha256), kept.Size, kept.StoredAt);
                    outcome.Removed++;
                }
            }
            catch (IOException error) when (!cancellationToken.IsCancellationRequested)
            {
                // The store refused this one (ContentStoreUnavailableException is an IOException): the others go on.
                log.LogWarning(error, "Orphan sweep could not remove {Sha256}; the next sweep tries again", ContentName.Abbreviated(sha256));
                outcome.Failed++;
            }
        }
    }

    private sealed class Removals
    {
        public int Removed { get; set; }

        public int Failed { get; set; }
    }
}
