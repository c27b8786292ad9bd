using Dapper;
using Npgsql;

namespace Bot.Storage.Housekeeping;

/// <summary>Records a scheduled job's run in job_runs, for a job whose work has no transaction of its own to record it in.</summary>
public sealed class JobRunLog(NpgsqlDataSource dataSource)
{
    public async Task RecordAsync(JobRun run, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO job_runs (job, trigger_name, scheduled_for, started_at, instance, details)
            VALUES (@Job, @TriggerName, @ScheduledFor, @StartedAt, @Instance, @Details)
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, run, cancellationToken: cancellationToken));
    }
}
