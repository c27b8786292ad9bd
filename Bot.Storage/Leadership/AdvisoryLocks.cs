using Npgsql;

namespace Bot.Storage.Leadership;

/// <summary>Session-level PostgreSQL advisory locks: held by one open connection, released when it closes —
/// also when its process dies, since the server sees the connection drop. That makes them leases for
/// "exactly one instance does this" without a table or a clock.</summary>
public sealed class AdvisoryLocks(NpgsqlDataSource dataSource)
{
    /// <summary>The lock that lets one instance poll Telegram.</summary>
    public const long PollingKey = 0x426f_7443_6162_0002;

    /// <summary>Takes the lock if nobody holds it; null when another session does.</summary>
    public async Task<HeldLock?> TryAcquireAsync(long key, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new HeldLock(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }
}
