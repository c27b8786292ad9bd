using Bot.Core.Messaging;
using Bot.Storage.Connection;
using Bot.Storage.Users;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;

namespace Bot.Storage.Tests.Connection;

public sealed class DbSessionTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Deferred_writes_reach_the_database_with_the_commit_in_one_round_trip()
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        var users = new UserActivityRepository(session);
        await users.RecordSeenAsync(new ChatUser(801, "Анна", "ru"), Now, CancellationToken.None);
        await users.RecordSeenAsync(new ChatUser(802, "Борис", null), Now, CancellationToken.None);

        Assert.Equal(0, session.RoundTrips);
        await session.CommitAsync(CancellationToken.None);

        Assert.Equal(1, session.RoundTrips);
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM telegram_users WHERE id IN (801, 802)"));
    }

    [Fact]
    public async Task A_failing_deferred_write_fails_the_commit_and_nothing_of_the_transaction_stays()
    {
        await using (var session = new DbSession(database.DataSource))
        {
            await session.BeginAsync(CancellationToken.None);
            await session.ExecuteAsync("INSERT INTO telegram_users (id, first_name, first_seen_at, last_seen_at) VALUES (811, 'Вера', @Now, @Now)", new { Now }, CancellationToken.None);
            await new UserActivityRepository(session).RecordSeenAsync(new ChatUser(812, "Глеб", "ru"), Now, CancellationToken.None);
            session.Defer(new NpgsqlBatchCommand("INSERT INTO telegram_users (id) VALUES (813)")); // first_name is required

            await Assert.ThrowsAsync<PostgresException>(() => session.CommitAsync(CancellationToken.None));
        }

        Assert.Equal(0, await CountAsync("SELECT count(*) FROM telegram_users WHERE id IN (811, 812, 813)"));
    }

    [Fact]
    public async Task A_statement_after_deferred_writes_sees_them()
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        await new UserActivityRepository(session).RecordSeenAsync(new ChatUser(821, "Дина", "en"), Now, CancellationToken.None);

        var languages = await new UserActivityRepository(session).LanguagesAsync([821], CancellationToken.None);

        Assert.Equal("en", languages[821]);
        Assert.Equal(2, session.RoundTrips); // the deferred write, then the read
    }

    [Fact]
    public async Task A_write_committed_ahead_travels_with_the_first_statement_and_stays_when_the_transaction_after_it_rolls_back()
    {
        await using (var session = new DbSession(database.DataSource))
        {
            await session.BeginAsync(CancellationToken.None);
            session.CommitAhead(new NpgsqlBatchCommand("INSERT INTO telegram_users (id, first_name, first_seen_at, last_seen_at) VALUES (831, 'Жанна', now(), now())"));
            var seen = await session.QueryAsync<long>(new NpgsqlBatchCommand("SELECT count(*) FROM telegram_users WHERE id = 831"), CancellationToken.None);

            Assert.Equal([1L], seen);
            Assert.Equal(1, session.RoundTrips);
            await session.ExecuteAsync("INSERT INTO telegram_users (id, first_name, first_seen_at, last_seen_at) VALUES (832, 'Зоя', now(), now())", null, CancellationToken.None);
        } // disposed without a commit: the transaction rolls back

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM telegram_users WHERE id = 831"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM telegram_users WHERE id = 832"));
    }

    [Fact]
    public async Task A_failing_write_committed_ahead_stops_the_statement_after_it()
    {
        await using (var session = new DbSession(database.DataSource))
        {
            await session.BeginAsync(CancellationToken.None);
            session.CommitAhead(new NpgsqlBatchCommand("INSERT INTO telegram_users (id) VALUES (841)")); // first_name is required
            var writing = new NpgsqlBatchCommand("INSERT INTO telegram_users (id, first_name, first_seen_at, last_seen_at) VALUES (842, 'Ирина', now(), now()) RETURNING id");

            await Assert.ThrowsAsync<PostgresException>(() => session.QueryAsync<long>(writing, CancellationToken.None));
        }

        Assert.Equal(0, await CountAsync("SELECT count(*) FROM telegram_users WHERE id IN (841, 842)"));
    }

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(sql);
    }
}
