using Dapper;
using Npgsql;

namespace Bot.Storage.Inbox;

/// <summary>Writes received updates to the inbox, before Telegram is told they arrived.</summary>
public sealed class InboxWriter(NpgsqlDataSource dataSource)
{
    /// <summary>Stores a batch; an update already stored (a duplicate delivery) is left as it is.</summary>
    public async Task<int> StoreAsync(IReadOnlyList<InboxEntry> updates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO inbox_updates (update_id, chat_id, payload, received_at, next_attempt_at)
            SELECT u.update_id, u.chat_id, u.payload::jsonb, @Now, @Now
            FROM unnest(@UpdateIds, @ChatIds, @Payloads) AS u(update_id, chat_id, payload)
            ON CONFLICT (update_id) DO NOTHING
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            UpdateIds = updates.Select(u => u.UpdateId).ToArray(),
            ChatIds = updates.Select(u => u.ChatId).ToArray(),
            Payloads = updates.Select(u => u.Payload).ToArray(),
            Now = now,
        }, cancellationToken: cancellationToken));
    }
}
