using Bot.Storage.Access;
using Bot.Storage.Connection;
using Bot.Storage.Conversations;
using Bot.Storage.Inbox;
using Bot.Storage.Outbox;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;
using Dapper;

namespace Bot.Storage.Tests.Inbox;

public sealed class InboxTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_duplicated_delivery_is_stored_once()
    {
        var writer = new InboxWriter(database.DataSource);

        var first = await writer.StoreAsync([Entry(1, 10)], Now, CancellationToken.None);
        var again = await writer.StoreAsync([Entry(1, 10), Entry(2, 10)], Now, CancellationToken.None);

        Assert.Equal((1, 1), (first, again));
    }

    [Fact]
    public async Task A_chats_next_update_waits_while_an_earlier_one_is_in_hand_but_other_chats_go_on()
    {
        await new InboxWriter(database.DataSource).StoreAsync([Entry(1, 10), Entry(2, 10), Entry(3, 20)], Now, CancellationToken.None);
        await using var first = await BeginAsync();
        await using var second = await BeginAsync();

        var taken = await ClaimOneAsync(first, Now);
        var next = await ClaimOneAsync(second, Now);

        Assert.Equal(1, taken!.UpdateId);
        Assert.Equal(3, next!.UpdateId);
    }

    [Fact]
    public async Task A_handled_update_is_not_claimed_again_and_lets_the_chats_next_one_through()
    {
        await new InboxWriter(database.DataSource).StoreAsync([Entry(1, 10), Entry(2, 10)], Now, CancellationToken.None);
        await using (var session = await BeginAsync())
        {
            Claims(session).MarkHandled([(await ClaimOneAsync(session, Now))!.UpdateId], Now);
            await session.CommitAsync(CancellationToken.None);
        }

        await using var next = await BeginAsync();

        Assert.Equal(2, (await ClaimOneAsync(next, Now))!.UpdateId);
    }

    [Fact]
    public async Task A_failed_update_waits_for_its_retry_time_and_a_parked_one_no_longer_holds_its_chat()
    {
        await new InboxWriter(database.DataSource).StoreAsync([Entry(1, 10), Entry(2, 10)], Now, CancellationToken.None);
        await using (var session = await BeginAsync())
        {
            await Claims(session).RecordFailureAsync(1, "boom", Now, Now.AddSeconds(30), countAttempt: true, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await using (var waiting = await BeginAsync())
        {
            Assert.Null(await ClaimOneAsync(waiting, Now.AddSeconds(10)));
            Assert.Equal(1, (await ClaimOneAsync(waiting, Now.AddSeconds(31)))!.Attempts);
        }

        await using (var session = await BeginAsync())
        {
            await Claims(session).RecordFailureAsync(1, "boom again", Now, null, countAttempt: true, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await using var after = await BeginAsync();
        Assert.Equal(2, (await ClaimOneAsync(after, Now.AddSeconds(31)))!.UpdateId);
    }

    [Fact]
    public async Task A_batch_takes_the_oldest_waiting_update_of_each_chat_and_skips_what_another_worker_holds()
    {
        await new InboxWriter(database.DataSource).StoreAsync([Entry(1, 10), Entry(2, 10), Entry(3, 20), Entry(4, 30), Entry(5, 40)], Now, CancellationToken.None);
        await using var other = await BeginAsync();
        await using var worker = await BeginAsync();

        Assert.Equal(4, (await Claims(other).ClaimAsync(4, Now, 100, ChatPacing.None, CancellationToken.None))!.UpdateId);
        var batch = await Claims(worker).ClaimDueAsync(10, Now, 100, ChatPacing.None, CancellationToken.None);

        Assert.Equal([1, 3, 5], batch.Select(claimed => claimed.UpdateId));
    }

    [Fact]
    public async Task A_single_update_is_claimed_again_only_while_it_is_unhandled_and_first_in_its_chat()
    {
        await new InboxWriter(database.DataSource).StoreAsync([Entry(1, 10), Entry(2, 10)], Now, CancellationToken.None);
        await using (var session = await BeginAsync())
        {
            Assert.Null(await Claims(session).ClaimAsync(2, Now, 100, ChatPacing.None, CancellationToken.None));
            Claims(session).MarkHandled([1], Now);
            await session.CommitAsync(CancellationToken.None);
        }

        await using var later = await BeginAsync();
        Assert.Null(await Claims(later).ClaimAsync(1, Now, 100, ChatPacing.None, CancellationToken.None));
        Assert.Equal(2, (await Claims(later).ClaimAsync(2, Now, 100, ChatPacing.None, CancellationToken.None))!.UpdateId);
    }

    [Fact]
    public async Task An_update_postgresql_refuses_is_stored_sanitised_without_holding_back_its_batch()
    {
        var poisoned = Entry(2, 20) with { Payload = Entry(2, 20).Payload.Replace("\"x\"", "\"a\\u0000b \\\\u0000\"", StringComparison.Ordinal) };

        var stored = await new InboxWriter(database.DataSource).StoreAsync([Entry(1, 10), poisoned, Entry(3, 30)], Now, CancellationToken.None);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT payload #>> '{message,text}' FROM inbox_updates ORDER BY update_id", connection);
        var texts = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                texts.Add(reader.GetString(0));
            }
        }

        Assert.Equal(3, stored);
        Assert.Equal(["x", "a\uFFFDb \\u0000", "x"], texts);
    }

    [Fact]
    public async Task Updates_stored_ahead_of_a_claim_travel_with_it_keep_their_chats_order_and_stay_stored_when_it_rolls_back()
    {
        await new InboxWriter(database.DataSource).StoreAsync([Entry(1, 10)], Now, CancellationToken.None);
        await using var other = await BeginAsync();
        Assert.Equal(1, (await ClaimOneAsync(other, Now))!.UpdateId);

        IReadOnlyList<ClaimedUpdate> batch;
        await using (var session = await BeginAsync())
        {
            Assert.True(InboxWriter.StoreAhead(session, [Entry(2, 10), Entry(3, 20)], Now));
            batch = await Claims(session).ClaimDueAsync(10, Now, 100, ChatPacing.None, CancellationToken.None);
            Assert.Equal(1, session.RoundTrips);
        } // not committed: the claim's transaction rolls back

        Assert.Equal([3], batch.Select(claimed => claimed.UpdateId)); // 2 waits behind 1, in another worker's hand
        await using var connection = await database.DataSource.OpenConnectionAsync();
        Assert.Equal([1L, 2L, 3L], await connection.QueryAsync<long>("SELECT update_id FROM inbox_updates WHERE handled_at IS NULL ORDER BY update_id"));
    }

    [Fact]
    public async Task A_throttled_update_with_its_notice_is_not_stored_ahead()
    {
        await using var session = await BeginAsync();
        var throttled = Entry(1, 10) with { Throttled = true, Notice = new Bot.Core.Messaging.SendText(10, "подождите") };

        Assert.False(InboxWriter.StoreAhead(session, [Entry(2, 20), throttled], Now));
    }

    private static async Task<ClaimedUpdate?> ClaimOneAsync(DbSession session, DateTimeOffset now) =>
        (await Claims(session).ClaimDueAsync(1, now, 100, ChatPacing.None, CancellationToken.None)).SingleOrDefault();

    private async Task<DbSession> BeginAsync()
    {
        var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        return session;
    }

    private static InboxEntry Entry(long updateId, long chatId) => InboxEntries.Text(updateId, chatId);

    private static InboxClaims Claims(DbSession session) => new(session, new IdentityRepository(session), new ConversationRepository(session), new SenderSnapshots());
}
