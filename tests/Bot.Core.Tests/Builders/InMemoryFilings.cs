using Bot.Core.Filings;

namespace Bot.Core.Tests.Builders;

/// <summary>Filings in memory, as a test lays them out.</summary>
internal sealed class InMemoryFilings : IFilings
{
    public List<Filing> All { get; } = [];

    public Task<(IReadOnlyList<Filing> Page, int Total)> PageAsync(int companyId, int offset, int limit, CancellationToken cancellationToken)
    {
        var mine = All.Where(f => f.CompanyId == companyId).OrderByDescending(f => f.Period, StringComparer.Ordinal).ThenByDescending(f => f.SentAt).ToList();
        return Task.FromResult<(IReadOnlyList<Filing>, int)>(([.. mine.Skip(offset).Take(limit)], mine.Count));
    }

    public Task<Filing?> FindAsync(long id, CancellationToken cancellationToken) => Task.FromResult(All.FirstOrDefault(f => f.Id == id));

    public Task<FilingDocument?> DocumentAsync(long documentId, CancellationToken cancellationToken) =>
        Task.FromResult(All.SelectMany(f => f.Documents).FirstOrDefault(d => d.Id == documentId));
}
