using Bot.Core.Taxes;

namespace Bot.Core.Agenda;

/// <summary>The companies' tax profiles, and the one-time request to the PM to set a missing one.</summary>
public interface ITaxProfiles
{
    Task<TaxProfile?> FindAsync(int companyId, CancellationToken cancellationToken);

    /// <summary>The profiles the companies have; a company without one is missing from the answer.</summary>
    Task<IReadOnlyDictionary<int, TaxProfile>> ForCompaniesAsync(IReadOnlyCollection<int> companyIds, CancellationToken cancellationToken);

    Task SetAsync(int companyId, TaxProfile profile, string setBy, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>True the first time it is asked for a company: the PM is asked to set the profile once.</summary>
    Task<bool> FirstAskAsync(int companyId, DateTimeOffset now, CancellationToken cancellationToken);
}
