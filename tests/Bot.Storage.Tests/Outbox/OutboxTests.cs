using Bot.Core.Messaging;
using Bot.Storage.Connection;
using Bot.Storage.Outbox;
using Bot.Testing.Postgres;

namespace Bot.Storage.Tests.Outbox;

public sealed class OutboxTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private OutboxDelivery Delivery => new(database.DataSource);

    [Fact]
    public async Task Replies_round_trip_with_their_buttons_and_button_answers_go_first()
    {
        var keyboard = Keyboard.Of([new Button("О фирме", "m:about")]);
        await EnqueueAsync(new SendText(10, "<b>Меню</b>", keyboard), new AnswerButton("cb-1", "Готово"));

        var leased = await Delivery.LeaseDueAsync(10, Now, Lease, ChatPacing.None, CancellationToken.None);

        Assert.Equal(new AnswerButton("cb-1", "Готово"), leased[0].Reply);
        var send = Assert.IsType<SendText>(leased[1].Reply);
        Assert.Equal(("<b>Меню</b>", "m:about"), (send.Html, send.Keyboard!.Buttons.Single().Data));
    }

    [Fact]
    public async Task A_chats_second_message_waits_until_its_first_is_sent()
    {
        await EnqueueAsync(new SendText(10, "раз"), new SendText(10, "два"), new SendText(20, "другой чат"));

        var first = await Delivery.LeaseDueAsync(10, Now, Lease, ChatPacing.None, CancellationToken.None);
        await Delivery.MarkSentAsync([(first[0].Id, 5)], Now, CancellationToken.None);
        var second = await Delivery.LeaseDueAsync(10, Now, Lease, ChatPacing.None, CancellationToken.None);

        Assert.Equal(["раз", "другой чат"], first.Select(item => ((SendText)item.Reply!).Html));
        Assert.Equal("два", ((SendText)Assert.Single(second).Reply!).Html);
    }

    [Fact]
    public async Task A_lease_keeps_a_row_from_other_senders_until_it_runs_out()
    {
        await EnqueueAsync(new SendText(10, "раз"));

        var mine = await Delivery.LeaseDueAsync(10, Now, Lease, ChatPacing.None, CancellationToken.None);
        var meanwhile = await Delivery.LeaseDueAsync(10, Now.AddSeconds(5), Lease, ChatPacing.None, CancellationToken.None);
        var afterExpiry = await Delivery.LeaseDueAsync(10, Now.AddSeconds(31), Lease, ChatPacing.None, CancellationToken.None);

        Assert.Single(mine);
        Assert.Empty(meanwhile);
        Assert.Equal(mine[0].Id, Assert.Single(afterExpiry).Id);
    }

    [Fact]
    public async Task A_deferred_row_waits_and_a_failed_one_never_returns_nor_holds_its_chat()
    {
        await EnqueueAsync(new SendText(10, "раз"), new SendText(10, "два"));
        var first = (await Delivery.LeaseDueAsync(10, Now, Lease, ChatPacing.None, CancellationToken.None)).Single();

        await Delivery.DeferAsync(first.Id, Now.AddSeconds(7), "429 Too Many Requests", countAttempt: true, CancellationToken.None);
        var early = await Delivery.LeaseDueAsync(10, Now.AddSeconds(3), Lease, ChatPacing.None, CancellationToken.None);
        var retried = (await Delivery.LeaseDueAsync(10, Now.AddSeconds(8), Lease, ChatPacing.None, CancellationToken.None)).Single();
        await Delivery.MarkFailedAsync(retried.Id, "403 Forbidden: bot was blocked by the user", Now, null, CancellationToken.None);
        var next = await Delivery.LeaseDueAsync(10, Now.AddSeconds(9), Lease, ChatPacing.None, CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal(1, retried.Attempts);
        Assert.Equal("два", ((SendText)Assert.Single(next).Reply!).Html);
    }

    [Fact]
    public async Task A_chat_that_had_its_burst_waits_out_the_window_whichever_instance_sent_it()
    {
        var pacing = new ChatPacing(ChatBurst: 2, ChatWindow: TimeSpan.FromSeconds(2), GroupBurst: 20, GroupWindow: TimeSpan.FromMinutes(1));
        await EnqueueAsync(new SendText(10, "раз"), new SendText(10, "два"), new SendText(10, "три"));
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var sent = (await Delivery.LeaseDueAsync(10, Now, Lease, pacing, CancellationToken.None)).Single();
            await Delivery.MarkSentAsync([(sent.Id, null)], Now, CancellationToken.None);
        }

        var within = await Delivery.LeaseDueAsync(10, Now.AddSeconds(1), Lease, pacing, CancellationToken.None);
        var after = await Delivery.LeaseDueAsync(10, Now.AddSeconds(3), Lease, pacing, CancellationToken.None);

        Assert.Empty(within);
        Assert.Equal("три", ((SendText)Assert.Single(after).Reply!).Html);
    }

    [Fact]
    public async Task Replies_of_a_rolled_back_change_are_never_sent()
    {
        await using (var session = new DbSession(database.DataSource))
        {
            await session.BeginAsync(CancellationToken.None);
            await new OutboxWriter(session).EnqueueAsync([new SendText(10, "не отправлять")], Now, CancellationToken.None);
        }

        Assert.Empty(await Delivery.LeaseDueAsync(10, Now, Lease, ChatPacing.None, CancellationToken.None));
    }

    [Fact]
    public async Task A_file_that_ends_undelivered_is_kept_with_its_error_and_its_chat_is_told_in_its_language()
    {
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await using var command = new Npgsql.NpgsqlCommand(
                "INSERT INTO telegram_users (id, first_name, language_code, first_seen_at, last_seen_at) VALUES (20, 'Ann', 'en-GB', now(), now())", connection);
            await command.ExecuteNonQueryAsync();
        }

        await EnqueueAsync(new SendText(10, "раз"), new SendText(20, "one"));
        var leased = await Delivery.LeaseDueAsync(10, Now, Lease, ChatPacing.None, CancellationToken.None);
        var notice = new FailureNotice("не дошло", "did not arrive");
        foreach (var item in leased)
        {
            await Delivery.MarkFailedAsync(item.Id, "set aside: FileNotFoundException", Now, notice, CancellationToken.None);
        }

        var told = await Delivery.LeaseDueAsync(10, Now, Lease, ChatPacing.None, CancellationToken.None);
        await new Bot.Storage.Housekeeping.RetentionRepository(database.DataSource).PurgeAsync(
            Now.AddDays(30), new Bot.Storage.Housekeeping.JobRun("housekeeping", "t", Now, Now, "test", null), CancellationToken.None);
        var (_, _, failed) = await Delivery.MeasureAsync(Now, CancellationToken.None);

        Assert.Equal([(10L, "не дошло"), (20L, "did not arrive")], told.Select(item => (item.ChatId!.Value, ((SendText)item.Reply!).Html)).OrderBy(pair => pair.Item1));
        Assert.Equal(2, failed);
    }

    [Fact]
    public async Task A_row_whose_payload_cannot_be_read_is_leased_without_a_reply_rather_than_failing_the_lease()
    {
        await EnqueueAsync(new SendText(10, "раз"), new SendText(20, "два"));
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            await using var command = new Npgsql.NpgsqlCommand("UPDATE outbox_messages SET payload = '{\"html\": 5}' WHERE chat_id = 10", connection);
            await command.ExecuteNonQueryAsync();
        }

        var leased = await Delivery.LeaseDueAsync(10, Now, Lease, ChatPacing.None, CancellationToken.None);

        Assert.Equal([(10L, false), (20L, true)], leased.Select(item => (item.ChatId!.Value, item.Reply is not null)));
        Assert.Contains("JsonException", leased[0].Unreadable, StringComparison.Ordinal);
    }

    private async Task EnqueueAsync(params Outgoing[] replies)
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        await new OutboxWriter(session).EnqueueAsync(replies, Now, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }
}
