namespace Bot.Core.Catalog;

/// <summary>A company's own service list, as its employees may order from it.</summary>
public interface ICompanyCatalog
{
    /// <summary>The company's services switched on for it, in the catalog's order.</summary>
    Task<IReadOnlyList<CompanyService>> EnabledServicesAsync(int companyId, CancellationToken cancellationToken);
}
