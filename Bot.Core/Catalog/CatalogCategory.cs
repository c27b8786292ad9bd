namespace Bot.Core.Catalog;

/// <summary><paramref name="Line"/> is where the category starts in its file (0 when it came from the database).</summary>
public sealed record CatalogCategory(string Code, string Title, string DepartmentCode, IReadOnlyList<ServiceTemplate> Services, int Line = 0);
