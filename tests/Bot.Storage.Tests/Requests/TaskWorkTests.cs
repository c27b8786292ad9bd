using Bot.Core.Catalog;
using Bot.Core.Deadlines;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Catalog;
using Bot.Storage.Connection;
using Bot.Storage.Firm;
using Bot.Storage.Outbox;
using Bot.Storage.Requests;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;
using Dapper;

namespace Bot.Storage.Tests.Requests;

/// <summary>Staff's changes to tasks on real PostgreSQL: one winner per change, history, chains, hand-over, ticks, «Мои задачи».</summary>
public sealed class TaskWorkTests : IAsyncLifetime
{
    private const long Requester = 5001;
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly TaskActor Ivanova = new(7001, "Мария");
    private readonly TestDatabase database = new();
    private int romashka;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var staff = new StaffRepository(database.DataSource);
        await staff.AddAsync("ivanova", "Иванова Мария", isAdmin: false, ["accounting"], Now, CancellationToken.None);
        await staff.AddAsync("sidorova", "Сидорова Анна", isAdmin: false, ["accounting"], Now, CancellationToken.None);
        await staff.AddAsync("petrov", "Петров Илья", isAdmin: false, ["hr"], Now, CancellationToken.None);
        await new CatalogRepository(database.DataSource).ImportAsync(new CatalogFile([
            new CatalogCategory("accounting", "Бухгалтерия", "accounting", [
                new("usn", "Декларация УСН", "", new ServiceTerms(5, 10), false, null, ["Выписка сверена", "Декларация отправлена"], [], null),
                new("close-year", "Закрытие года", "", new ServiceTerms(10, 15), false, "usn", [], [], null)]),
        ]), Now, CancellationToken.None);
        var companies = new CompanyRepository(database.DataSource);
        romashka = await companies.AddAsync("ООО «Ромашка»", "7707083893", Now, CancellationToken.None);
        await companies.AddProjectAsync(romashka, "accounting", "ivanova", isMain: true, CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("UPDATE staff SET telegram_user_id = 7001 WHERE login = 'ivanova'");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Two_people_accepting_at_the_same_moment_make_exactly_one_transition_and_one_history_line()
    {
        var task = await FileAsync("usn");
        await using var first = new DbSession(database.DataSource);
        await using var second = new DbSession(database.DataSource);
        await first.BeginAsync(CancellationToken.None);
        await second.BeginAsync(CancellationToken.None);

        var firstWon = await new TaskWork(first).MoveAsync(task.Id, RequestStatus.Review, RequestStatus.Accepted, Ivanova, null, [], Now, CancellationToken.None);
        var secondTry = new TaskWork(second).MoveAsync(task.Id, RequestStatus.Review, RequestStatus.Accepted, new TaskActor(1, "Ольга"), null, [], Now, CancellationToken.None);
        await Task.Delay(200);
        Assert.False(secondTry.IsCompleted); // waits for the first transaction's row lock
        await first.CommitAsync(CancellationToken.None);
        var secondWon = await secondTry;
        await second.CommitAsync(CancellationToken.None);
        var after = await FindAsync(task.Id);

        Assert.Equal((true, false), (firstWon, secondWon));
        Assert.Equal(RequestStatus.Accepted, after.Status);
        Assert.Single(after.History, entry => entry.Kind == TaskEntryKind.Status);
        Assert.Equal("Иванова Мария", after.History[^1].AuthorName);
    }

    [Fact]
    public async Task A_rejection_puts_its_reason_before_the_status_line_and_only_from_review()
    {
        var task = await FileAsync("usn");

        var rejected = await InSessionAsync(session => new TaskWork(session).MoveAsync(task.Id, RequestStatus.Review, RequestStatus.Rejected, Ivanova, "Нет выписки", [], Now, CancellationToken.None));
        var completeAfter = await InSessionAsync(session => new TaskWork(session).MoveAsync(task.Id, RequestStatus.Accepted, RequestStatus.Done, Ivanova, "готово", [], Now, CancellationToken.None));
        var after = await FindAsync(task.Id);

        Assert.Equal((true, false), (rejected, completeAfter));
        Assert.Equal(
            [(TaskEntryKind.Filed, ""), (TaskEntryKind.Comment, "Нет выписки"), (TaskEntryKind.Status, "rejected")],
            after.History.Select(entry => (entry.Kind, entry.Body)));
    }

    [Fact]
    public async Task Completing_a_task_releases_the_task_that_waited_for_it()
    {
        var first = await FileAsync("usn");
        var second = await FileAsync("close-year");
        await InSessionAsync(session => new TaskWork(session).MoveAsync(first.Id, RequestStatus.Review, RequestStatus.Accepted, Ivanova, null, [], Now, CancellationToken.None));

        var released = await InSessionAsync(async session =>
        {
            await new TaskWork(session).MoveAsync(first.Id, RequestStatus.Accepted, RequestStatus.Done, Ivanova, null, [], Now, CancellationToken.None);
            return await new TaskWork(session).ReleaseWaitingAsync(first.Id, Now, CancellationToken.None);
        });
        var again = await InSessionAsync(session => new TaskWork(session).ReleaseWaitingAsync(first.Id, Now, CancellationToken.None));

        Assert.Equal(RequestStatus.Waiting, second.Status);
        Assert.Equal([second.Id], released);
        Assert.Empty(again);
        Assert.Equal(RequestStatus.Review, (await FindAsync(second.Id)).Status);
    }

    [Fact]
    public async Task Hand_over_goes_to_a_colleague_of_the_department_once_and_ticks_toggle_on_a_task_in_work()
    {
        var task = await FileAsync("usn");
        var colleagues = await InSessionAsync(session => new TaskWork(session).ColleaguesAsync(task.Id, CancellationToken.None));
        var sidorova = colleagues.Single(person => person.Name == "Сидорова Анна");

        var handed = await InSessionAsync(session => new TaskWork(session).ReassignAsync(task.Id, task.Assignee!.StaffId, sidorova, Ivanova, Now, CancellationToken.None));
        var twice = await InSessionAsync(session => new TaskWork(session).ReassignAsync(task.Id, task.Assignee!.StaffId, sidorova, Ivanova, Now, CancellationToken.None));
        var tickUnderReview = await InSessionAsync(session => new TaskWork(session).ToggleTickAsync(task.Id, 0, Ivanova, Now, CancellationToken.None));
        await InSessionAsync(session => new TaskWork(session).MoveAsync(task.Id, RequestStatus.Review, RequestStatus.Accepted, Ivanova, null, [], Now, CancellationToken.None));
        var ticks = await InSessionAsync(async session =>
        {
            var work = new TaskWork(session);
            return (await work.ToggleTickAsync(task.Id, 1, Ivanova, Now, CancellationToken.None), await work.ToggleTickAsync(task.Id, 5, Ivanova, Now, CancellationToken.None));
        });
        var after = await FindAsync(task.Id);

        Assert.Equal(["Иванова Мария", "Сидорова Анна"], colleagues.Select(person => person.Name));
        Assert.Equal((true, false, false), (handed, twice, tickUnderReview));
        Assert.Equal("Сидорова Анна", after.Assignee!.Name);
        Assert.Equal((true, false), ticks);
        Assert.Equal([new ChecklistItem("Выписка сверена", false), new ChecklistItem("Декларация отправлена", true)], after.Checklist);
    }

    [Fact]
    public async Task My_tasks_hold_the_open_tasks_of_the_assignee_and_the_pm_overdue_first_and_not_the_waiting_ones()
    {
        var onTime = await FileAsync("usn", deadline: new DateOnly(2026, 12, 20));
        var late = await FileAsync("usn", deadline: new DateOnly(2026, 12, 1));
        await FileAsync("close-year");
        var done = await FileAsync("usn");
        await InSessionAsync(session => new TaskWork(session).MoveAsync(done.Id, RequestStatus.Review, RequestStatus.Rejected, Ivanova, "нет", [], Now, CancellationToken.None));

        var ivanova = await InSessionAsync(session => new TaskWork(session).PageForStaffAsync(onTime.Assignee!.StaffId, new DateOnly(2026, 12, 10), 0, 10, CancellationToken.None));
        var petrov = await InSessionAsync(session => new TaskWork(session).PageForStaffAsync(onTime.Assignee!.StaffId + 2, new DateOnly(2026, 12, 10), 0, 10, CancellationToken.None));

        Assert.Equal([(late.Number, true), (onTime.Number, false)], ivanova.Tasks.Select(task => (task.Number, task.Overdue)));
        Assert.Equal(2, ivanova.Total);
        Assert.Empty(petrov.Tasks);
    }

    [Fact]
    public async Task A_delivered_message_about_a_task_is_remembered_so_that_a_reply_to_it_finds_the_task()
    {
        var task = await FileAsync("usn");
        await InSessionAsync(async session =>
        {
            await new OutboxWriter(session).EnqueueAsync([new SendText(7001, "Новая заявка", null, task.Id), new SendText(7001, "Без задачи")], Now, CancellationToken.None);
            return true;
        });
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            var ids = (await connection.QueryAsync<long>("SELECT id FROM outbox_messages ORDER BY id")).ToList();
            await new OutboxDelivery(database.DataSource).MarkSentAsync([(ids[0], 501), (ids[1], 502)], Now, CancellationToken.None);
        }

        var found = await InSessionAsync(async session =>
        {
            var threads = new TaskThreads(session);
            return (await threads.TaskOfMessageAsync(7001, 501, CancellationToken.None), await threads.TaskOfMessageAsync(7001, 502, CancellationToken.None),
                await threads.TaskOfMessageAsync(9999, 501, CancellationToken.None));
        });

        Assert.Equal(((long?)task.Id, (long?)null, (long?)null), found);
    }

    private async Task<TaskDetails> FileAsync(string service, DateOnly? deadline = null) =>
        (await InSessionAsync(async session =>
        {
            var id = await new RequestSubmitter(session).SubmitAsync(new NewRequest(
                romashka, service, Requester, "Светлана", "Описание", [], deadline ?? new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 14), Now),
                CancellationToken.None);
            return await new TaskQueries(session).FindAsync(id!.Value, CancellationToken.None);
        }))!;

    private async Task<TaskDetails> FindAsync(long id) => (await InSessionAsync(session => new TaskQueries(session).FindAsync(id, CancellationToken.None)))!;

    private Task<T> InSessionAsync<T>(Func<DbSession, Task<T>> work) => database.DataSource.InSessionAsync(work);
}
