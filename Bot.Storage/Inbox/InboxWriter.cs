using System.Text.RegularExpressions;
using Bot.Storage.Connection;
using Bot.Storage.Outbox;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Inbox;

/// <summary>Writes received updates to the inbox, before Telegram is told they arrived. A batch goes in one
/// statement; when PostgreSQL refuses its data (an update with U+0000, which jsonb cannot hold), the batch is
/// stored update by update, so one update never holds back the others: the refused one is stored with the
/// offending characters replaced, or, if even that is refused, parked with its error and a stub payload. A
/// database that is down still fails the call, and the caller fetches the batch again. A throttled update is
/// stored already handled, and its notice queued with it.</summary>
public sealed partial class InboxWriter(NpgsqlDataSource dataSource)
{
    /// <summary>Round trips a batch costs to store when none of it is throttled: one statement, no transaction around it.</summary>
    public const int RoundTrips = 1;

    private const string Insert = """
        INSERT INTO inbox_updates (update_id, chat_id, payload, received_at, next_attempt_at, parked_at, handled_at, last_error)
        SELECT u.update_id, u.chat_id, u.payload::jsonb, @Now, @Now, @ParkedAt,
               CASE WHEN u.throttled THEN @Now END, CASE WHEN u.throttled THEN 'throttled: over the user''s rate' ELSE @Error END
        FROM unnest(@UpdateIds, @ChatIds, @Payloads, @Throttled) AS u(update_id, chat_id, payload, throttled)
        ON CONFLICT (update_id) DO NOTHING
        RETURNING update_id
        """;

    /// <summary>Stores a batch; an update already stored (a duplicate delivery) is left as it is. Returns how
    /// many were new.</summary>
    public async Task<int> StoreAsync(IReadOnlyList<InboxEntry> updates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            return await InsertAsync(connection, updates, now, null, cancellationToken);
        }
        catch (PostgresException refused) when (IsDataError(refused) && updates.Count > 1)
        {
            var stored = 0;
            foreach (var update in updates)
            {
                stored += await StoreOneAsync(connection, update, now, cancellationToken);
            }

            return stored;
        }
        catch (PostgresException refused) when (IsDataError(refused))
        {
            return await StoreOneAsync(connection, updates[0], now, cancellationToken);
        }
    }

    /// <summary>Queues a batch to be stored ahead of the session's transaction, committed on its own with the
    /// transaction's first statement (<see cref="DbSession.CommitAhead"/>): the updates are stored once that
    /// statement has run. Declines (false) a batch with a throttled update's notice, which is stored with its
    /// update in a transaction of their own (<see cref="StoreAsync"/>). Should the round trip fail, nothing tells
    /// whether the updates are in: store them with <see cref="StoreAsync"/>, which leaves a stored one as it is.</summary>
    public static bool StoreAhead(DbSession session, IReadOnlyList<InboxEntry> updates, DateTimeOffset now)
    {
        if (updates.Any(u => u.Notice is not null))
        {
            return false;
        }

        session.CommitAhead(InsertCommand(updates, now, null), ReadIdsAsync);
        return true;
    }

    private static async Task<int> StoreOneAsync(NpgsqlConnection connection, InboxEntry update, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return await InsertAsync(connection, [update], now, null, cancellationToken);
        }
        catch (PostgresException refused) when (IsDataError(refused))
        {
            try
            {
                return await InsertAsync(connection, [update with { Payload = Sanitised(update.Payload) }], now, null, cancellationToken);
            }
            catch (PostgresException stillRefused) when (IsDataError(stillRefused))
            {
                var stub = $$"""{"update_id": {{update.UpdateId}}, "unstorable": true}""";
                return await InsertAsync(connection, [update with { Payload = stub }], now, $"{stillRefused.SqlState}: {stillRefused.MessageText}", cancellationToken);
            }
        }
    }

    /// <summary>Inserts the updates and, for those newly stored, the notices of throttled ones, in one transaction.
    /// Without notices (the usual case) the insert is one statement on its own, one round trip.</summary>
    private static async Task<int> InsertAsync(NpgsqlConnection connection, IReadOnlyList<InboxEntry> updates, DateTimeOffset now, string? parkedFor, CancellationToken cancellationToken)
    {
        await using var transaction = updates.Any(u => u.Notice is not null) ? await connection.BeginTransactionAsync(cancellationToken) : null;
        HashSet<long> stored;
        await using (var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { InsertCommand(updates, now, parkedFor) } })
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            stored = await ReadIdsAsync(reader, cancellationToken);
        }

        var notices = updates.Where(u => u.Notice is not null && stored.Contains(u.UpdateId)).Select(u => u.Notice!).ToList();
        if (transaction is null)
        {
            return stored.Count;
        }

        if (notices.Count > 0)
        {
            await OutboxWriter.InsertAsync(connection, transaction, notices, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stored.Count;
    }

    private static NpgsqlBatchCommand InsertCommand(IReadOnlyList<InboxEntry> updates, DateTimeOffset now, string? parkedFor) =>
        new(Insert)
        {
            Parameters =
            {
                BatchParameter.Of("UpdateIds", updates.Select(u => u.UpdateId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint),
                BatchParameter.Of("ChatIds", updates.Select(u => u.ChatId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint),
                BatchParameter.Of("Payloads", updates.Select(u => u.Payload).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                BatchParameter.Of("Throttled", updates.Select(u => u.Throttled).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Boolean),
                BatchParameter.Of("Now", now, NpgsqlDbType.TimestampTz),
                BatchParameter.Of("ParkedAt", parkedFor is null ? null : now, NpgsqlDbType.TimestampTz),
                BatchParameter.Of("Error", parkedFor, NpgsqlDbType.Text),
            },
        };

    /// <summary>The ids the insert returned: those newly stored (a duplicate delivery returns none).</summary>
    private static async Task<HashSet<long>> ReadIdsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var ids = new HashSet<long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>Class 22, data exception: this data will never be taken, however often it is sent (the batch is
    /// then stored update by update, the refused one sanitised or parked).</summary>
    public static bool IsDataError(Exception error) => error is PostgresException { SqlState: ['2', '2', ..] };

    /// <summary>The update's JSON with every escaped U+0000 (one not itself preceded by an escaping backslash)
    /// replaced by U+FFFD, the replacement character.</summary>
    private static string Sanitised(string payload) => NulEscape().Replace(payload, match => match.Groups[1].Value + "\\uFFFD");

    [GeneratedRegex(@"(?<!\\)((?:\\\\)*)\\u0000", RegexOptions.CultureInvariant)]
    private static partial Regex NulEscape();
}
