using Bot.Storage.Migrations;

namespace Bot.Testing.Postgres;

/// <summary>The migrations the storage assembly ships, as DbUp journals them.</summary>
public static class ShippedMigrations
{
    public static IReadOnlyList<string> Names { get; } = typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith("migrations/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The newest one as people read it, e.g. "0005_delivery_instances".</summary>
    public static string Latest => MigrationName.ForDisplay(Names[^1]);
}
