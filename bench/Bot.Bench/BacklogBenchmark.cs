using System.Diagnostics;
using Bot.Storage.Access;
using Bot.Storage.Connection;
using Bot.Storage.Conversations;
using Bot.Storage.Inbox;
using Bot.Storage.Outbox;
using Bot.Testing.Postgres;
using Dapper;

namespace Bot.Bench;

/// <summary>What one flooding chat costs everyone else: the inbox claim and the outbox lease, timed with 20 other
/// chats waiting, once with no backlog and once with one chat holding <c>backlog</c> pending updates and as many
/// pending replies. Each claim is rolled back and each lease released, so every repetition does the same work.</summary>
internal static class BacklogBenchmark
{
    public sealed record Result(int Backlog, double ClaimMs, double LeaseMs);

    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    public static async Task<Result> RunAsync(int backlog, int repetitions)
    {
        await using var database = new TestDatabase();
        await database.InitializeAsync();
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO inbox_updates (update_id, chat_id, payload, received_at, next_attempt_at)
                SELECT g, CASE WHEN g <= @Backlog THEN 1 ELSE 1000 + g END, '{}', @Now, @Now FROM generate_series(1, @Backlog + 20) g;
                INSERT INTO outbox_messages (chat_id, kind, payload, priority, created_at, not_before)
                SELECT CASE WHEN g <= @Backlog THEN 1 ELSE 1000 + g END, 'send_text', '{"html":"x"}', 1, @Now, @Now FROM generate_series(1, @Backlog + 20) g;
                ANALYZE inbox_updates; ANALYZE outbox_messages;
                """, new { Backlog = backlog, Now }, commandTimeout: 600);
        }

        // The host's own data source settings (prepared statements, no JIT), not the test database's plain one.
        await using var dataSource = BotDataSource.Create(database.ConnectionString);
        var claims = new List<double>();
        var leases = new List<double>();
        var delivery = new OutboxDelivery(dataSource);
        for (var i = 0; i < repetitions; i++)
        {
            await using (var session = new DbSession(dataSource))
            {
                await session.BeginAsync(CancellationToken.None);
                var clock = Stopwatch.StartNew();
                var claimed = await Claims(session).ClaimDueAsync(20, Now, 100, ChatPacing.None, CancellationToken.None);
                claims.Add(clock.Elapsed.TotalMilliseconds);
                Check(claimed.Count, "claimed");
            }

            var watch = Stopwatch.StartNew();
            var leased = await delivery.LeaseDueAsync(20, Now, TimeSpan.FromSeconds(30), ChatPacing.None, CancellationToken.None);
            leases.Add(watch.Elapsed.TotalMilliseconds);
            Check(leased.Count, "leased");
            await using var release = await dataSource.OpenConnectionAsync();
            await release.ExecuteAsync("UPDATE outbox_messages SET leased_until = NULL WHERE leased_until IS NOT NULL");
        }

        return new Result(backlog, Percentiles.Median(claims.Skip(3)), Percentiles.Median(leases.Skip(3)));
    }

    /// <summary>Each round must find the 20 other chats and, with a backlog, the backlogged chat's oldest: 20 (the limit).</summary>
    private static void Check(int count, string what)
    {
        if (count != 20)
        {
            throw new InvalidOperationException($"Expected 20 {what}, got {count}.");
        }
    }

    private static InboxClaims Claims(DbSession session) => new(session, new IdentityRepository(session), new ConversationRepository(session), new SenderSnapshots());
}
