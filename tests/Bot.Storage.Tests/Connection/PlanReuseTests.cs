using Bot.Core.Messaging;
using Bot.Storage.Access;
using Bot.Storage.Connection;
using Bot.Storage.Conversations;
using Bot.Storage.Inbox;
using Bot.Storage.Outbox;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;

namespace Bot.Storage.Tests.Connection;

/// <summary>The marks every update costs — "handled" with its batch's commit, "sent" once its reply is out — are
/// planned once per connection, not once per update: PostgreSQL plans a prepared statement afresh each time
/// while it judges its generic plan dearer than one for the values at hand, as it does for a key list given as
/// an array.</summary>
public sealed class PlanReuseTests : IAsyncLifetime
{
    private const int Rounds = 12; // Npgsql prepares from the fifth use, PostgreSQL weighs a generic plan after five more
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase database = new();
    private NpgsqlDataSource oneConnection = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        // The bot's own settings (statements prepared automatically) on a single connection, whose prepared
        // statements the test can then look at.
        oneConnection = BotDataSource.Create(new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 1 }.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await oneConnection.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Updates_marked_handled_one_by_one_reuse_one_plan_and_a_batch_of_several_is_still_marked()
    {
        var ids = Enumerable.Range(1, Rounds + 2).Select(id => (long)id).ToList();
        await new InboxWriter(oneConnection).StoreAsync([.. ids.Select(id => InboxEntries.Text(id, 100 + id))], Now, CancellationToken.None);

        foreach (var id in ids.Take(Rounds))
        {
            await MarkHandledAsync([id]);
        }

        await MarkHandledAsync(ids.Skip(Rounds).ToList());

        Assert.True(await GenericPlansAsync("UPDATE inbox_updates SET handled_at%") > 0, "marking one update was planned every time");
        await using var connection = await oneConnection.OpenConnectionAsync();
        Assert.Equal(ids.Count, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM inbox_updates WHERE handled_at IS NOT NULL"));
    }

    [Fact]
    public async Task Replies_marked_sent_one_by_one_reuse_one_plan_and_keep_their_message_ids()
    {
        await using (var session = new DbSession(oneConnection))
        {
            await session.BeginAsync(CancellationToken.None);
            await new OutboxWriter(session).EnqueueAsync([.. Enumerable.Range(1, Rounds + 2).Select(chat => new SendText(chat, "готово"))], Now, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await using (var history = await oneConnection.OpenConnectionAsync())
        {
            // A history of sent replies, as the bot soon has, for PostgreSQL's estimates to weigh.
            await history.ExecuteAsync("""
                INSERT INTO outbox_messages (chat_id, kind, payload, priority, created_at, not_before, sent_at)
                SELECT 1000 + n % 100, 'text', '{}', 0, @Now, @Now, @Now FROM generate_series(1, 5000) n;
                ANALYZE outbox_messages
                """, new { Now });
        }

        var delivery = new OutboxDelivery(oneConnection);
        var leased = await delivery.LeaseDueAsync(Rounds + 2, Now, TimeSpan.FromSeconds(30), ChatPacing.None, CancellationToken.None);
        foreach (var item in leased.Take(Rounds))
        {
            await delivery.MarkSentAsync([(item.Id, (int)item.ChatId!.Value + 500)], Now, CancellationToken.None);
        }

        await delivery.MarkSentAsync([.. leased.Skip(Rounds).Select(item => (item.Id, (int?)null))], Now, CancellationToken.None);

        Assert.True(await GenericPlansAsync("WITH sent AS%") > 0, "marking one reply sent was planned every time");
        await using var connection = await oneConnection.OpenConnectionAsync();
        var sent = (await connection.QueryAsync<(long ChatId, int? MessageId)>(
            "SELECT chat_id, telegram_message_id FROM outbox_messages WHERE sent_at IS NOT NULL AND chat_id < 1000 ORDER BY chat_id")).ToList();
        Assert.Equal(Enumerable.Range(1, Rounds + 2).Select(chat => ((long)chat, chat <= Rounds ? chat + 500 : (int?)null)), sent);
    }

    private async Task MarkHandledAsync(IReadOnlyCollection<long> ids)
    {
        await using var session = new DbSession(oneConnection);
        await session.BeginAsync(CancellationToken.None);
        new InboxClaims(session, new IdentityRepository(session), new ConversationRepository(session), new SenderSnapshots()).MarkHandled(ids, Now);
        await session.CommitAsync(CancellationToken.None);
    }

    /// <summary>How many times the connection's prepared statements like <paramref name="pattern"/> ran on a generic plan.</summary>
    private async Task<long> GenericPlansAsync(string pattern)
    {
        await using var connection = await oneConnection.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT coalesce(sum(generic_plans), 0) FROM pg_prepared_statements WHERE statement LIKE @Pattern", new { Pattern = pattern });
    }
}
