namespace Bot.Core.Catalog;

/// <summary>The service catalog as an administrator writes it: categories of services, each belonging to
/// a department. Codes identify categories and services across re-imports.</summary>
public sealed record CatalogFile(IReadOnlyList<CatalogCategory> Categories)
{
    public IEnumerable<ServiceTemplate> Services => Categories.SelectMany(category => category.Services);
}
