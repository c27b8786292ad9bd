using Bot.Storage.Migrations;
using Bot.Testing.Postgres;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Storage.Tests.Migrations;

public sealed class SchemaMigratorTests : IAsyncLifetime
{
    private readonly TestDatabase database = new() { Migrate = false };

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Every_file_in_the_migrations_folder_is_applied_once_in_order()
    {
        var migrator = new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance);
        var shipped = Directory.GetFiles(MigrationsFolder(), "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(shipped, first.Select(Path.GetFileName));
        Assert.Empty(second);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var journal = await connection.QueryAsync<string>("SELECT scriptname FROM schema_migrations ORDER BY schemaversionsid");
        Assert.Equal(shipped, journal.Select(Path.GetFileName));
    }

    [Fact]
    public async Task Instances_starting_together_migrate_once()
    {
        var migrators = Enumerable.Range(0, 3).Select(_ => new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance));

        var results = await Task.WhenAll(migrators.Select(m => Task.Run(() => m.MigrateAsync(CancellationToken.None))));

        Assert.Single(results, applied => applied.Count > 0);
    }

    private static string MigrationsFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BotCabinet.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Repository root not found."), "migrations");
    }
}
