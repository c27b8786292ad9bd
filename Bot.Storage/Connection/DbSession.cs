using Dapper;
using Npgsql;

namespace Bot.Storage.Connection;

/// <summary>One connection per DI scope and, once begun, one transaction: what a handler writes — its
/// domain change, its replies in the outbox, the inbox's "handled" mark — commits or rolls back together.
/// Disposing without committing rolls back.</summary>
public sealed class DbSession(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    private NpgsqlConnection? connection;
    private NpgsqlTransaction? transaction;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        connection ??= await dataSource.OpenConnectionAsync(cancellationToken);
        transaction = await connection.BeginTransactionAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (transaction is null)
        {
            throw new InvalidOperationException("No transaction to commit.");
        }

        await transaction.CommitAsync(cancellationToken);
        await transaction.DisposeAsync();
        transaction = null;
    }

    /// <summary>Marks a point to return to with <see cref="RollbackToAsync"/>, keeping the locks taken before it.</summary>
    public Task SaveAsync(string savepoint, CancellationToken cancellationToken) =>
        (transaction ?? throw new InvalidOperationException("No transaction.")).SaveAsync(savepoint, cancellationToken);

    public Task RollbackToAsync(string savepoint, CancellationToken cancellationToken) =>
        (transaction ?? throw new InvalidOperationException("No transaction.")).RollbackAsync(savepoint, cancellationToken);

    public async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        await (await OpenAsync(cancellationToken)).ExecuteAsync(Command(sql, parameters, cancellationToken));

    public async Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        await (await OpenAsync(cancellationToken)).QueryAsync<T>(Command(sql, parameters, cancellationToken));

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        await (await OpenAsync(cancellationToken)).QuerySingleOrDefaultAsync<T>(Command(sql, parameters, cancellationToken));

    /// <summary>Rows as they arrive, not buffered; the session runs nothing else until they are read.</summary>
    public async IAsyncEnumerable<T> StreamAsync<T>(string sql, object? parameters, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
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

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        connection ??= await dataSource.OpenConnectionAsync(cancellationToken);

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
