using Dapper;
using Npgsql;

namespace Bot.Storage.Housekeeping;

/// <summary>Records a scheduled job's run in job_runs: on its own, or in the transaction of the job's work.</summary>
public sealed class JobRunLog(NpgsqlDataSource dataSource)
{
    public async Task RecordAsync(JobRun run, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await RecordAsync(connection, null, run, cancellationToken);
    }

    public static Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, JobRun run, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO job_runs (job, trigger_name, scheduled_for, started_at, instance, details)
            VALUES (@Job, @TriggerName, @ScheduledFor, @StartedAt, @Instance, @Details)
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, run, transaction, cancellationToken: cancellationToken));
    }
}
