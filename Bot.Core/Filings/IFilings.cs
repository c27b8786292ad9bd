namespace Bot.Core.Filings;

/// <summary>The filings as the bot reads them, in the current transaction (the import writes them, in Host).</summary>
public interface IFilings
{
    /// <summary>A page of the company's filings, the latest period first, and how many there are.</summary>
    Task<(IReadOnlyList<Filing> Page, int Total)> PageAsync(int companyId, int offset, int limit, CancellationToken cancellationToken);

    Task<Filing?> FindAsync(long id, CancellationToken cancellationToken);

    Task<FilingDocument?> DocumentAsync(long documentId, CancellationToken cancellationToken);
}
