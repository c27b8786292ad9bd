using Npgsql;

namespace Bot.Testing.Postgres;

/// <summary>A PostgreSQL server of a test's own, for tests that stop and start it; other tests share
/// <see cref="PostgresServer"/> and must not see it go away. Its commits are durable, so stopping it
/// loses nothing that was committed, as with a real server.</summary>
public static class DedicatedServer
{
    public static async Task<(ThrowawayCluster Cluster, string ConnectionString)> StartAsync()
    {
        var cluster = await ThrowawayCluster.StartAsync(durableCommits: true);
        return (cluster, new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = cluster.Port, Username = "postgres", Database = "postgres" }.ConnectionString);
    }
}
