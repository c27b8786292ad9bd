using Bot.Storage.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace Bot.Testing.Postgres;

/// <summary>A fresh database built by the real migrations, one per test class (an xunit class fixture),
/// so classes run in parallel without seeing each other's rows; dropped afterwards.</summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private string? serverConnectionString;

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public string Name { get; } = $"test_{Guid.NewGuid():N}";

    /// <summary>Set false to get an empty database, for testing the migrations themselves.</summary>
    public bool Migrate { get; init; } = true;

    /// <summary>The server to create the database on; the test run's shared one unless set.</summary>
    public string? Server { get; init; }

    public async Task InitializeAsync()
    {
        serverConnectionString = Server ?? await PostgresServer.ConnectionStringAsync();
        await ExecuteOnServerAsync($"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = Name }.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        if (Migrate)
        {
            await new SchemaMigrator(DataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        // Unpooled: a test may have restarted the server since, leaving pooled connections dead.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
