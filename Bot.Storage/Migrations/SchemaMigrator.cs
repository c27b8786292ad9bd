using DbUp;
using DbUp.Postgresql;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Storage.Migrations;

/// <summary>Applies the SQL files of <c>migrations/</c> (embedded in this assembly) with DbUp and its
/// journal table. Several instances may start at once: a PostgreSQL advisory lock lets one migrate while
/// the others wait, then find nothing left to do.</summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource, ILogger<SchemaMigrator> log)
{
    public const string JournalTable = "schema_migrations";
    private const long MigrationLockKey = 0x426f_7443_6162_0001; // "BotCab" + 1: any fixed number unique to this use.

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var lockConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(lockConnection, "SELECT pg_advisory_lock(@key)", cancellationToken);
        try
        {
            var result = Upgrader().PerformUpgrade();
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed; nothing of it was applied.", result.Error);
            }

            var applied = result.Scripts.Select(script => script.Name).ToList();
            foreach (var script in applied)
            {
                log.LogInformation("Applied migration {Script}", script);
            }

            return applied;
        }
        finally
        {
            await ExecuteAsync(lockConnection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
    }

    /// <summary>True when every shipped migration is applied (the readiness check asks this).</summary>
    public bool IsUpToDate() => !Upgrader().IsUpgradeRequired();

    private DbUp.Engine.UpgradeEngine Upgrader() => DeployChanges.To
        .PostgresqlDatabase(new PostgresqlConnectionManager(dataSource))
        .WithScriptsEmbeddedInAssembly(typeof(SchemaMigrator).Assembly, name => name.StartsWith("migrations/", StringComparison.Ordinal))
        .JournalToPostgresqlTable("public", JournalTable)
        .WithTransactionPerScript()
        .LogToNowhere()
        .Build();

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
