using Npgsql;

namespace Bot.Testing.Postgres;

/// <summary>The PostgreSQL server of this test run: the one named by <c>BOTCABINET_TEST_POSTGRES</c> (a
/// connection string whose user may create databases), or else a throwaway cluster started once per test
/// process and removed when that process ends. Never a skip: without a server the tests fail, saying why.</summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "BOTCABINET_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    /// <summary>A connection string to the server's maintenance database.</summary>
    public static Task<string> ConnectionStringAsync() => Server.Value;

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var cluster = await ThrowawayCluster.StartAsync();
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = cluster.Port, Username = "postgres", Database = "postgres", Pooling = true,
        }.ConnectionString;
    }
}
