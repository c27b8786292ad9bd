using Bot.Storage.Connection;
using Bot.Storage.Inbox;
using Bot.Testing.Postgres;

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

        var taken = await new InboxClaims(first).ClaimNextAsync(Now, CancellationToken.None);
        var next = await new InboxClaims(second).ClaimNextAsync(Now, CancellationToken.None);

        Assert.Equal(1, taken!.UpdateId);
        Assert.Equal(3, next!.UpdateId);
    }

    [Fact]
    public async Task A_handled_update_is_not_claimed_again_and_lets_the_chats_next_one_through()
    {
        await new InboxWriter(database.DataSource).StoreAsync([Entry(1, 10), Entry(2, 10)], Now, CancellationToken.None);
        await using (var session = await BeginAsync())
        {
            var claims = new InboxClaims(session);
            await claims.MarkHandledAsync((await claims.ClaimNextAsync(Now, CancellationToken.None))!.UpdateId, Now, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await using var next = await BeginAsync();

        Assert.Equal(2, (await new InboxClaims(next).ClaimNextAsync(Now, CancellationToken.None))!.UpdateId);
    }

    [Fact]
    public async Task A_failed_update_waits_for_its_retry_time_and_a_parked_one_no_longer_holds_its_chat()
    {
        await new InboxWriter(database.DataSource).StoreAsync([Entry(1, 10), Entry(2, 10)], Now, CancellationToken.None);
        await using (var session = await BeginAsync())
        {
            await new InboxClaims(session).RecordFailureAsync(1, "boom", Now, Now.AddSeconds(30), CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await using (var waiting = await BeginAsync())
        {
            Assert.Null(await new InboxClaims(waiting).ClaimNextAsync(Now.AddSeconds(10), CancellationToken.None));
            Assert.Equal(1, (await new InboxClaims(waiting).ClaimNextAsync(Now.AddSeconds(31), CancellationToken.None))!.Attempts);
        }

        await using (var session = await BeginAsync())
        {
            await new InboxClaims(session).RecordFailureAsync(1, "boom again", Now, null, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await using var after = await BeginAsync();
        Assert.Equal(2, (await new InboxClaims(after).ClaimNextAsync(Now.AddSeconds(31), CancellationToken.None))!.UpdateId);
    }

    private async Task<DbSession> BeginAsync()
    {
        var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        return session;
    }

    private static InboxEntry Entry(long updateId, long chatId) =>
        new(updateId, chatId, $$$"""{"update_id":{{{updateId}}},"message":{"message_id":1,"date":0,"chat":{"id":{{{chatId}}},"type":"private"},"text":"x"}}""");
}
