namespace Bot.Storage.Catalog;

/// <summary>What an import changed: services added, services updated in place, and services (with their
/// categories) archived because the file no longer has them.</summary>
public sealed record CatalogImportSummary(int Added, int Updated, int Archived);
