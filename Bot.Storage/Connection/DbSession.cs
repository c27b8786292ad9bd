using Dapper;
using Npgsql;

namespace Bot.Storage.Connection;

/// <summary>One connection per DI scope and, once begun, one transaction: what a handler writes — its
/// domain change, its replies in the outbox, the inbox's "handled" mark — commits or rolls back together.
/// Disposing without committing rolls back. Writes whose outcome nobody reads can be deferred: they reach the
/// server together, ahead of the session's next statement or with the commit, in one round trip (an
/// <see cref="NpgsqlBatch"/>); so can one that must commit before the transaction's work, on its own
/// (<see cref="CommitAhead"/>). A session can be held to one round trip, its commit (<see cref="HoldUntilCommit"/>).
/// The session counts its round trips.</summary>
public sealed class DbSession(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    private readonly List<(NpgsqlBatchCommand Command, Func<NpgsqlDataReader, CancellationToken, Task>? Read)> deferred = [];
    private NpgsqlConnection? connection;
    private NpgsqlTransaction? transaction;
    private bool untouched;
    private bool held;

    /// <summary>Round trips to the server so far (BEGIN travels with the first statement, so it is none).</summary>
    public int RoundTrips { get; private set; }

    /// <summary>Statements run so far that were not deferred: a value read before and after tells whether
    /// anything ran in between.</summary>
    public int Statements { get; private set; }

    /// <summary>Queues a write inside the transaction, sent with the next statement or the commit. A statement
    /// that returns rows must come with <paramref name="read"/>, which is given its rows; any other returns none.
    /// A failure surfaces where the queue is sent. Since a deferred write does not count among
    /// <see cref="Statements"/>, it must not change what a repository read ahead for the batch (a sender's
    /// identity or conversation).</summary>
    public void Defer(NpgsqlBatchCommand command, Func<NpgsqlDataReader, CancellationToken, Task>? read = null)
    {
        if (transaction is null)
        {
            throw new InvalidOperationException("Only a write inside a transaction can be deferred.");
        }

        deferred.Add((command, read));
    }

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        connection ??= await dataSource.OpenConnectionAsync(cancellationToken);
        transaction = await connection.BeginTransactionAsync(cancellationToken);
        untouched = true;
    }

    /// <summary>Queues a write that commits on its own, ahead of the transaction just begun: it travels with the
    /// transaction's first statement (<see cref="QueryAsync{T}(NpgsqlBatchCommand, CancellationToken)"/>), a
    /// COMMIT and a new BEGIN between them, so the write is durable before that statement runs — and is,
    /// whatever becomes of the transaction after it. A failing write stops the rest of the round trip.</summary>
    public void CommitAhead(NpgsqlBatchCommand write, Func<NpgsqlDataReader, CancellationToken, Task>? read = null)
    {
        if (transaction is null || !untouched || deferred.Count > 0)
        {
            throw new InvalidOperationException("A write committed ahead must come before anything else of the transaction.");
        }

        deferred.Add((write, read));
        deferred.Add((new NpgsqlBatchCommand("COMMIT"), null));
        deferred.Add((new NpgsqlBatchCommand("BEGIN"), null));
    }

    /// <summary>From now until the commit, the session sends nothing: every write must be deferred, and a
    /// statement that would need its own round trip (a read, a flush, a savepoint) throws
    /// <see cref="RoundTripNeededException"/> instead, before anything has reached the server.</summary>
    public void HoldUntilCommit()
    {
        if (transaction is null || !untouched)
        {
            throw new InvalidOperationException("Only a transaction that has sent nothing can be held until its commit.");
        }

        held = true;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (transaction is null)
        {
            throw new InvalidOperationException("No transaction to commit.");
        }

        held = false;

        if (deferred.Count > 0)
        {
            // The deferred writes and COMMIT in one round trip: a failing write stops the rest, COMMIT included.
            await SendDeferredAsync([new NpgsqlBatchCommand("COMMIT")], null, cancellationToken);
        }
        else
        {
            RoundTrips++;
            await transaction.CommitAsync(cancellationToken);
        }

        await transaction.DisposeAsync();
        transaction = null;
    }

    /// <summary>Marks a point to return to with <see cref="RollbackToAsync"/>, keeping the locks taken before it.</summary>
    public async Task SaveAsync(string savepoint, CancellationToken cancellationToken)
    {
        var begun = transaction ?? throw new InvalidOperationException("No transaction.");
        ThrowIfHeld();
        await FlushAsync(cancellationToken);
        RoundTrips++;
        await begun.SaveAsync(savepoint, cancellationToken);
    }

    /// <summary>Returns to the savepoint; writes deferred since are dropped with the rest.</summary>
    public async Task RollbackToAsync(string savepoint, CancellationToken cancellationToken)
    {
        var begun = transaction ?? throw new InvalidOperationException("No transaction.");
        ThrowIfHeld();
        deferred.Clear();
        RoundTrips++;
        await begun.RollbackAsync(savepoint, cancellationToken);
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        await (await ReadyAsync(cancellationToken)).ExecuteAsync(Command(sql, parameters, cancellationToken));

    public async Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        await (await ReadyAsync(cancellationToken)).QueryAsync<T>(Command(sql, parameters, cancellationToken));

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        await (await ReadyAsync(cancellationToken)).QuerySingleOrDefaultAsync<T>(Command(sql, parameters, cancellationToken));

    /// <summary>Runs a query with the deferred writes ahead of it, all in one round trip, and maps its rows.</summary>
    public async Task<List<T>> QueryAsync<T>(NpgsqlBatchCommand query, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await ReadAsync([query], async (reader, token) => rows = await BatchRows.ReadAsync<T>(reader, token), cancellationToken);
        return rows;
    }

    /// <summary>Runs queries with the deferred writes ahead of them, all in one round trip. <paramref name="read"/>
    /// is given the reader at the first query's rows and moves on to each next query's itself
    /// (<see cref="NpgsqlDataReader.NextResultAsync(CancellationToken)"/>).</summary>
    public async Task ReadAsync(IReadOnlyList<NpgsqlBatchCommand> queries, Func<NpgsqlDataReader, CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        ThrowIfHeld();
        Statements += queries.Count;
        await SendDeferredAsync(queries, read, cancellationToken);
    }

    /// <summary>Rows as they arrive, not buffered; the session runs nothing else until they are read.</summary>
    public async IAsyncEnumerable<T> StreamAsync<T>(string sql, object? parameters, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await ReadyAsync(cancellationToken);
        await foreach (var row in connection.QueryUnbufferedAsync<T>(sql, parameters, transaction).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
            transaction = null;
        }

        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }

    /// <summary>The connection, with the deferred writes sent, for one more statement.</summary>
    private async Task<NpgsqlConnection> ReadyAsync(CancellationToken cancellationToken)
    {
        ThrowIfHeld();
        await FlushAsync(cancellationToken);
        RoundTrips++;
        Statements++;
        untouched = false;
        return await OpenAsync(cancellationToken);
    }

    /// <summary>Sends the deferred writes now, so that a failure among them surfaces here.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        ThrowIfHeld();
        if (deferred.Count > 0)
        {
            await SendDeferredAsync([], null, cancellationToken);
        }
    }

    private async Task SendDeferredAsync(IReadOnlyList<NpgsqlBatchCommand> last, Func<NpgsqlDataReader, CancellationToken, Task>? readLast, CancellationToken cancellationToken)
    {
        var queued = deferred.ToList();
        deferred.Clear();
        RoundTrips++;
        untouched = false;
        await using var batch = new NpgsqlBatch(await OpenAsync(cancellationToken), transaction);
        foreach (var (command, _) in queued)
        {
            batch.BatchCommands.Add(command);
        }

        foreach (var command in last)
        {
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var (_, read) in queued)
        {
            if (read is not null)
            {
                // Only statements that return rows have a result set to move past.
                await read(reader, cancellationToken);
                await reader.NextResultAsync(cancellationToken);
            }
        }

        if (readLast is not null)
        {
            await readLast(reader, cancellationToken);
        }
    }

    private void ThrowIfHeld()
    {
        if (held)
        {
            throw new RoundTripNeededException();
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        connection ??= await dataSource.OpenConnectionAsync(cancellationToken);

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
