namespace Bot.Storage.Files;

/// <summary><c>files check</c>: every content an upload's row names, looked up in the configured store; what is
/// missing is reported with the rows that name it. Reads the rows a page at a time.</summary>
public sealed class ContentCheck(IContentStore store, ContentReferenceRepository references)
{
    private const int Page = 1000;
    private const int Lookups = 8;

    /// <returns>How many contents were checked and how many are missing.</returns>
    public async Task<(int Checked, int Missing)> RunAsync(Func<NamedContent, Task> reportMissing, CancellationToken cancellationToken)
    {
        int checkedCount = 0, missing = 0;
        var after = "";
        while (await references.NamedAsync(after, Page, cancellationToken) is { Count: > 0 } page)
        {
            var found = new bool[page.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, page.Count), new ParallelOptions { MaxDegreeOfParallelism = Lookups, CancellationToken = cancellationToken },
                async (i, token) => found[i] = await store.ContainsAsync(page[i].Sha256, token));
            for (var i = 0; i < page.Count; i++)
            {
                checkedCount++;
                if (!found[i])
                {
                    missing++;
                    await reportMissing(page[i]);
                }
            }

            after = page[^1].Sha256;
        }

        return (checkedCount, missing);
    }
}
