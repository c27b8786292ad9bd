using Dapper;
using Npgsql;

namespace Bot.Storage.Housekeeping;

/// <summary>Keeps the inbox and outbox short: handled updates and delivered replies are deleted after the
/// retention period (they hold clients' messages, which need not be kept twice); parked updates, pending
/// replies and replies that ended undelivered (kept with their error for an operator) are never deleted. Each run is recorded in job_runs in the same transaction.</summary>
public sealed class RetentionRepository(NpgsqlDataSource dataSource)
{
    public async Task<(int Updates, int Replies)> PurgeAsync(DateTimeOffset before, JobRun run, CancellationToken cancellationToken)
    {
        const string purgeUpdates = "DELETE FROM inbox_updates WHERE handled_at < @Before";
        const string purgeReplies = "DELETE FROM outbox_messages WHERE sent_at < @Before";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var updates = await connection.ExecuteAsync(new CommandDefinition(purgeUpdates, new { Before = before }, transaction, cancellationToken: cancellationToken));
        var replies = await connection.ExecuteAsync(new CommandDefinition(purgeReplies, new { Before = before }, transaction, cancellationToken: cancellationToken));
        await JobRunLog.RecordAsync(connection, transaction, run with { Details = $"deleted {updates} updates and {replies} replies" }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (updates, replies);
    }
}
