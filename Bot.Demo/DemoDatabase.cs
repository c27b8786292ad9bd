using Npgsql;

namespace Bot.Demo;

/// <summary>The demo's database: created when missing, dropped and created again by <c>demo --reset</c>.</summary>
public static class DemoDatabase
{
    /// <summary>Creates (or recreates) the database; returns the last Telegram update id the bot stored in it, which the
    /// demo's fake Telegram continues after.</summary>
    public static async Task<int> PrepareAsync(string connectionString, bool reset, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new InvalidOperationException("The demo's connection string names no database.");
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        if (reset)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)", cancellationToken);
        }

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await ExecuteAsync(connection, $"CREATE DATABASE {quoted}", cancellationToken);
        }

        return await LastUpdateIdAsync(connectionString, cancellationToken);
    }

    private static async Task<int> LastUpdateIdAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('inbox_updates') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
        {
            return 0;
        }

        await using var last = new NpgsqlCommand("SELECT coalesce(max(update_id), 0)::int FROM inbox_updates", connection);
        return (int)(await last.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
