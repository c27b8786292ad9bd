using Bot.Core.Agenda;
using Bot.Core.Requests;
using Bot.Core.Taxes;
using Bot.Storage.Agenda;
using Bot.Storage.Connection;
using Bot.Storage.Requests;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;

namespace Bot.Storage.Tests.Agenda;

/// <summary>Agreed events, their reminders, tax profiles, feeds and open deadlines on real PostgreSQL.</summary>
public sealed class AgendaRepositoryTests : FirmDatabaseTest
{
    [Fact]
    public async Task Two_instances_recording_the_same_reminders_at_once_get_each_occurrence_exactly_once_between_them()
    {
        var id = await InSessionAsync(session => new AgreedEventRepository(session).CreateAsync(Event(EventRepeat.MonthlyDay, 7), 7001, Now, CancellationToken.None));
        (long, DateOnly)[] due = [(id, new DateOnly(2026, 12, 7)), (id, new DateOnly(2027, 1, 7))];
        await using var first = new DbSession(Database.DataSource);
        await using var second = new DbSession(Database.DataSource);
        await first.BeginAsync(CancellationToken.None);
        await second.BeginAsync(CancellationToken.None);

        // Both insert before either commits: the second waits on the first's rows, then finds them taken.
        var mine = await new AgreedEventRepository(first).RecordRemindersAsync(due, Now, CancellationToken.None);
        var theirs = Task.Run(() => new AgreedEventRepository(second).RecordRemindersAsync(due, Now, CancellationToken.None));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var waited = !theirs.IsCompleted;
        await first.CommitAsync(CancellationToken.None);
        var taken = await theirs;
        await second.CommitAsync(CancellationToken.None);

        Assert.True(waited, "the second instance really ran at the same time and waited for the first");
        Assert.Equal(due, mine);
        Assert.Empty(taken);
    }

    [Fact]
    public async Task A_moved_event_keeps_its_id_with_a_new_revision_and_a_cancelled_one_is_gone_from_every_read()
    {
        var id = await InSessionAsync(session => new AgreedEventRepository(session).CreateAsync(Event(EventRepeat.Once, 0), 7001, Now, CancellationToken.None));

        var moved = await InSessionAsync(session => new AgreedEventRepository(session).MoveAsync(id, new DateOnly(2026, 12, 9), new TimeOnly(15, 30), 0, Now, CancellationToken.None));
        var read = await InSessionAsync(session => new AgreedEventRepository(session).FindAsync(id, CancellationToken.None));
        var cancelled = await InSessionAsync(session => new AgreedEventRepository(session).CancelAsync(id, Now, CancellationToken.None));
        var twice = await InSessionAsync(session => new AgreedEventRepository(session).CancelAsync(id, Now, CancellationToken.None));
        var gone = await InSessionAsync(session => new AgreedEventRepository(session).ForCompaniesAsync([Romashka], CancellationToken.None));

        Assert.True(moved);
        Assert.Equal((new DateOnly(2026, 12, 9), (TimeOnly?)new TimeOnly(15, 30), 2, "Иванова Мария"), (read!.StartsOn, read.At, read.Revision, read.CreatedBy));
        Assert.Equal((true, false), (cancelled, twice));
        Assert.Empty(gone);
    }

    [Fact]
    public async Task A_new_link_revokes_the_persons_previous_one_for_the_same_scope_only()
    {
        byte[] first = SubscriptionToken.Hash("first"), second = SubscriptionToken.Hash("second"), all = SubscriptionToken.Hash("all");
        await InSessionAsync(async session =>
        {
            var feeds = new CalendarFeedRepository(session);
            await feeds.CreateAsync(first, 5001, Romashka, "en", Now, CancellationToken.None);
            await feeds.CreateAsync(all, 5001, null, null, Now, CancellationToken.None);
            await feeds.CreateAsync(second, 5001, Romashka, "ru", Now.AddMinutes(1), CancellationToken.None);
            return true;
        });

        var found = await InSessionAsync(async session =>
        {
            var feeds = new CalendarFeedRepository(session);
            return (await feeds.FindAsync(first, CancellationToken.None), await feeds.FindAsync(second, CancellationToken.None), await feeds.FindAsync(all, CancellationToken.None));
        });

        Assert.Null(found.Item1);
        Assert.Equal((5001L, (int?)Romashka, "ru"), found.Item2);
        Assert.Equal((5001L, (int?)null, (string?)null), found.Item3);
    }

    [Fact]
    public async Task A_profile_is_replaced_whole_the_PM_is_asked_once_and_only_open_deadlines_in_range_are_read()
    {
        await InSessionAsync(async session =>
        {
            var profiles = new TaxProfileRepository(session);
            await profiles.SetAsync(Romashka, new TaxProfile(TaxRegime.Osno, true), "command", Now, CancellationToken.None);
            await profiles.SetAsync(Romashka, new TaxProfile(TaxRegime.UsnIncomeExpense, false), "Мария", Now, CancellationToken.None);
            return true;
        });
        var open = await FileAsync(new DateOnly(2026, 12, 7));
        var rejected = await FileAsync(new DateOnly(2026, 12, 8));
        await FileAsync(new DateOnly(2026, 12, 20));
        await InSessionAsync(session => new TaskWork(session).MoveAsync(rejected, RequestStatus.Review, RequestStatus.Rejected, new TaskActor(7001, "Мария"), "нет", [], Now, CancellationToken.None));

        var profile = await InSessionAsync(session => new TaxProfileRepository(session).FindAsync(Romashka, CancellationToken.None));
        var asks = await InSessionAsync(async session => (await new TaxProfileRepository(session).FirstAskAsync(Romashka, Now, CancellationToken.None), await new TaxProfileRepository(session).FirstAskAsync(Romashka, Now, CancellationToken.None)));
        var deadlines = await InSessionAsync(session => new TaskDeadlineQueries(session).OpenAsync([Romashka], new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15), CancellationToken.None));

        Assert.Equal(new TaxProfile(TaxRegime.UsnIncomeExpense, false), profile);
        Assert.Equal((true, false), asks);
        Assert.Equal([open], deadlines.Select(d => d.TaskId));
    }

    private AgreedEvent Event(EventRepeat repeat, int number) =>
        new(0, Romashka, "Передать первичные документы", "", new DateOnly(2026, 12, 7), null, repeat, number, 1, "Мария");

    private async Task<long> FileAsync(DateOnly deadline) =>
        await InSessionAsync(async session => (await new RequestSubmitter(session).SubmitAsync(new NewRequest(
            Romashka, "usn", 5001, "Светлана", "Описание", [], deadline, deadline, deadline, Now), CancellationToken.None))!.Value);
}
