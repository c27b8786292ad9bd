using Dapper;
using Npgsql;

namespace Bot.Storage.Leadership;

/// <summary>Sending instances check in here; the count of those seen lately divides the global send rate.</summary>
public sealed class InstanceRegistry(NpgsqlDataSource dataSource)
{
    /// <summary>Records this instance as alive and returns how many instances are (itself included).</summary>
    public async Task<int> CheckInAsync(string instanceId, DateTimeOffset now, TimeSpan liveFor, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO delivery_instances (instance_id, seen_at) VALUES (@InstanceId, @Now)
            ON CONFLICT (instance_id) DO UPDATE SET seen_at = excluded.seen_at;
            DELETE FROM delivery_instances WHERE seen_at < @Forgotten;
            SELECT count(*)::int FROM delivery_instances WHERE seen_at >= @Alive;
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, new
        {
            InstanceId = instanceId,
            Now = now,
            Alive = now - liveFor,
            Forgotten = now - (liveFor * 10),
        }, cancellationToken: cancellationToken));
    }

    public async Task CheckOutAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM delivery_instances WHERE instance_id = @InstanceId", new { InstanceId = instanceId }, cancellationToken: cancellationToken));
    }
}
