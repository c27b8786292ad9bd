using Npgsql;

namespace Bot.Storage.Leadership;

/// <summary>An advisory lock this process holds, on its own connection.</summary>
public sealed class HeldLock(NpgsqlConnection connection, long key) : IAsyncDisposable
{
    /// <summary>False once the connection is gone (a database restart, a network cut): the lock went with it.</summary>
    public async Task<bool> IsHeldAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteScalarAsync();
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException)
        {
            // The connection is already gone, and the lock with it.
        }

        await connection.DisposeAsync();
    }
}
