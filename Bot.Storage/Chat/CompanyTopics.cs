using Dapper;
using Npgsql;

namespace Bot.Storage.Chat;

/// <summary>Each company's topic in the staff forum, for delivery (outside any update's transaction). A missing topic
/// is created under a per-company transaction-scoped advisory lock and recorded before the lock is released, so two
/// instances delivering at once, or a restart, never create a company's topic twice.</summary>
public sealed class CompanyTopics(NpgsqlDataSource dataSource)
{
    /// <summary>The topic's thread id, creating the topic through <paramref name="create"/> (given the company's name) when it has none yet.</summary>
    public async Task<int> EnsureAsync(long groupChatId, int companyId, Func<string, CancellationToken, Task<int>> create, CancellationToken cancellationToken)
    {
        const string find = "SELECT thread_id FROM company_topics WHERE group_chat_id = @Group AND company_id = @Company";
        var key = new { Group = groupChatId, Company = companyId };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(find, key, cancellationToken: cancellationToken)) is { } known)
        {
            return known;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtextextended('company-topic:' || @Group || ':' || @Company, 0))", key, transaction, cancellationToken: cancellationToken));
        if (await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(find, key, transaction, cancellationToken: cancellationToken)) is { } created)
        {
            return created;
        }

        var name = await connection.QuerySingleAsync<string>(new CommandDefinition("SELECT name FROM companies WHERE id = @Company", key, transaction, cancellationToken: cancellationToken));
        var thread = await create(name, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO company_topics (group_chat_id, company_id, thread_id, created_at) VALUES (@Group, @Company, @Thread, now())",
            new { Group = groupChatId, Company = companyId, Thread = thread }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return thread;
    }
}
