using Bot.Storage.Access;
using Bot.Storage.Connection;
using Bot.Storage.Conversations;
using Bot.Storage.Inbox;
using Bot.Storage.Outbox;
using Bot.Storage.Tests.Builders;
using Dapper;

namespace Bot.Storage.Tests.Inbox;

/// <summary>An update of a sender the instance remembers is stored, checked and handled in one transaction and one
/// round trip; the check refuses all of it, the storing included, when what it was handled on has changed.</summary>
public sealed class ArrivalClaimsTests : FirmDatabaseTest
{
    private const long Ivanova = AccountingFirm.IvanovaUserId;
    private const long Orlov = AccountingFirm.OrlovUserId;
    private static readonly ChatPacing Pacing = new(3, TimeSpan.FromSeconds(3), 20, TimeSpan.FromMinutes(1));
    private readonly SenderSnapshots snapshots = new();

    [Fact]
    public async Task A_remembered_senders_update_is_stored_checked_and_marked_handled_in_one_round_trip()
    {
        await RememberIvanovaAsync();

        var (refused, roundTrips) = await ArriveAsync(2);

        Assert.False(refused);
        Assert.Equal(1, roundTrips);
        Assert.Equal((true, 1, Ivanova), await StoredHandlingAsync(2));
    }

    [Fact]
    public async Task A_sender_not_remembered_is_not_taken_on_a_snapshot()
    {
        await using var session = await BeginAsync();

        Assert.Null(Arrivals(session).Take([(InboxEntries.FromUser(2, Ivanova), Ivanova)], Now, Pacing));
    }

    [Fact]
    public async Task A_sender_in_the_middle_of_a_conversation_is_not_remembered()
    {
        await ExecuteAsync($"INSERT INTO conversations VALUES ({Ivanova}, {Ivanova}, 'request', 'category', 1, '{{}}', now())");
        await RememberIvanovaAsync();
        await using var session = await BeginAsync();

        Assert.Null(Arrivals(session).Take([(InboxEntries.FromUser(2, Ivanova), Ivanova)], Now, Pacing));
    }

    [Fact]
    public async Task A_conversation_begun_elsewhere_meanwhile_refuses_it_all_the_updates_storing_included()
    {
        await RememberIvanovaAsync();
        await ExecuteAsync($"INSERT INTO conversations VALUES ({Ivanova}, {Ivanova}, 'request', 'category', 1, '{{}}', now())");

        var (refused, _) = await ArriveAsync(2);

        Assert.True(refused);
        Assert.False(await StoredAsync(2));
    }

    [Fact]
    public async Task An_identity_changed_meanwhile_refuses_it()
    {
        await RememberIvanovaAsync();
        await ExecuteAsync($"UPDATE staff SET is_admin = true WHERE telegram_user_id = {Ivanova}");

        Assert.True((await ArriveAsync(2)).Refused);
    }

    [Fact]
    public async Task An_earlier_update_of_the_chat_still_waiting_refuses_it()
    {
        await RememberIvanovaAsync();
        await new InboxWriter(Database.DataSource).StoreAsync([InboxEntries.FromUser(2, Ivanova)], Now, CancellationToken.None);

        Assert.True((await ArriveAsync(3)).Refused);
    }

    [Fact]
    public async Task A_reply_the_chat_still_waits_for_refuses_it()
    {
        await RememberIvanovaAsync();
        await ExecuteAsync($"INSERT INTO outbox_messages (chat_id, kind, payload, priority, created_at, not_before) VALUES ({Ivanova}, 'send_text', '{{}}', 1, now(), now())");

        Assert.True((await ArriveAsync(2)).Refused);
    }

    [Fact]
    public async Task Replies_leased_beyond_the_chats_pacing_refuse_it_and_those_within_it_do_not()
    {
        await RememberIvanovaAsync();
        var sent = Now.AddSeconds(-1);
        await ExecuteAsync($"INSERT INTO outbox_messages (chat_id, kind, payload, priority, created_at, not_before, sent_at) VALUES ({Ivanova}, 'send_text', '{{}}', 1, '{sent:O}', '{sent:O}', '{sent:O}')");

        Assert.True((await ArriveAsync(2, leased: 3)).Refused); // one sent within the window: three more exceed the burst of three
        Assert.False((await ArriveAsync(2, leased: 2)).Refused);
    }

    [Fact]
    public async Task An_update_handled_before_and_delivered_again_is_not_handled_twice()
    {
        await RememberIvanovaAsync();

        Assert.True((await ArriveAsync(1)).Refused);
    }

    [Fact]
    public async Task Updates_of_two_remembered_senders_in_their_chats_are_stored_checked_and_marked_handled_together_in_one_round_trip()
    {
        await RememberIvanovaAsync();
        await RememberAsync(2, Orlov);

        var (refused, roundTrips) = await ArriveTogetherAsync(1, (3, Ivanova), (4, Orlov));

        Assert.False(refused);
        Assert.Equal(1, roundTrips);
        Assert.Equal((true, 1, Ivanova), await StoredHandlingAsync(3));
        Assert.Equal((true, 1, Orlov), await StoredHandlingAsync(4));
    }

    [Fact]
    public async Task One_sender_changed_meanwhile_refuses_the_others_update_with_it()
    {
        await RememberIvanovaAsync();
        await RememberAsync(2, Orlov);
        await ExecuteAsync($"UPDATE staff SET is_admin = NOT is_admin WHERE telegram_user_id = {Orlov}");

        var (refused, _) = await ArriveTogetherAsync(1, (3, Ivanova), (4, Orlov));

        Assert.True(refused);
        Assert.False(await StoredAsync(3));
        Assert.False(await StoredAsync(4));
    }

    [Fact]
    public async Task Two_updates_of_one_chat_are_not_taken_together()
    {
        await RememberIvanovaAsync();
        await using var session = await BeginAsync();

        Assert.Null(Arrivals(session).Take([(InboxEntries.FromUser(2, Ivanova), Ivanova), (InboxEntries.FromUser(3, Ivanova), Ivanova)], Now, Pacing));
    }

    /// <summary>Иванова's update 1 handled the usual way: claimed, marked handled, committed; her snapshot kept.</summary>
    private Task RememberIvanovaAsync() => RememberAsync(1, Ivanova);

    /// <summary>The user's update handled the usual way, alone: claimed, marked handled, committed; the snapshot kept.</summary>
    private async Task RememberAsync(long updateId, long userId)
    {
        await new InboxWriter(Database.DataSource).StoreAsync([InboxEntries.FromUser(updateId, userId)], Now, CancellationToken.None);
        await using var session = await BeginAsync();
        var claims = Claims(session);
        Assert.Single(await claims.ClaimDueAsync(10, Now, 100, Pacing, CancellationToken.None));
        claims.MarkHandled([updateId], Now);
        await session.CommitAsync(CancellationToken.None);
        claims.KeepSnapshots();
    }

    /// <summary>Updates of several users arrive together: taken on their snapshots, each chat's replies leased as
    /// given, and committed in one transaction.</summary>
    private async Task<(bool Refused, int RoundTrips)> ArriveTogetherAsync(int leased, params (long UpdateId, long UserId)[] updates)
    {
        await using var session = await BeginAsync();
        var arrived = Arrivals(session).Take([.. updates.Select(u => (InboxEntries.FromUser(u.UpdateId, u.UserId), u.UserId))], Now, Pacing)!;
        session.HoldUntilCommit();
        foreach (var claim in arrived)
        {
            claim.NoteLeased(leased);
        }

        try
        {
            await session.CommitAsync(CancellationToken.None);
            return (false, session.RoundTrips);
        }
        catch (Exception error) when (ArrivalClaims.ChangedMeanwhile(error))
        {
            return (true, session.RoundTrips);
        }
    }

    /// <summary>Иванова's update arrives: taken on her snapshot (which stores it handled) and committed.</summary>
    private Task<(bool Refused, int RoundTrips)> ArriveAsync(long updateId, int leased = 1) => ArriveTogetherAsync(leased, (updateId, Ivanova));

    /// <summary>Whether the stored update is handled, after how many attempts, and whose it is by its stored payload.</summary>
    private async Task<(bool Handled, int Attempts, long Sender)> StoredHandlingAsync(long updateId)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(bool, int, long)>(
            "SELECT handled_at IS NOT NULL, attempts, (payload #>> '{message,from,id}')::bigint FROM inbox_updates WHERE update_id = @UpdateId",
            new { UpdateId = updateId });
    }

    private async Task<bool> StoredAsync(long updateId)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<bool>("SELECT count(*) = 1 FROM inbox_updates WHERE update_id = @UpdateId", new { UpdateId = updateId });
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql);
    }

    private async Task<DbSession> BeginAsync()
    {
        var session = new DbSession(Database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        return session;
    }

    private InboxClaims Claims(DbSession session) => new(session, new IdentityRepository(session), new ConversationRepository(session), snapshots);

    private ArrivalClaims Arrivals(DbSession session) => new(session, new IdentityRepository(session), new ConversationRepository(session), snapshots);
}
