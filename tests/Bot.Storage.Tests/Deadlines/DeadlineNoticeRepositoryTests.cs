using Bot.Core.Catalog;
using Bot.Core.Deadlines;
using Bot.Core.Requests;
using Bot.Storage.Catalog;
using Bot.Storage.Connection;
using Bot.Storage.Deadlines;
using Bot.Storage.Firm;
using Bot.Storage.Requests;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;
using Dapper;

namespace Bot.Storage.Tests.Deadlines;

/// <summary>Due work and its notices on real PostgreSQL.</summary>
public sealed class DeadlineNoticeRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase database = new();
    private int romashka;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var staff = new StaffRepository(database.DataSource);
        await staff.AddAsync("ivanova", "Иванова Мария", isAdmin: false, ["accounting"], Now, CancellationToken.None);
        await staff.AddAsync("orlov", "Орлов Пётр", isAdmin: false, ["accounting"], Now, CancellationToken.None);
        await new CatalogRepository(database.DataSource).ImportAsync(new CatalogFile([
            new CatalogCategory("accounting", "Бухгалтерия", "accounting", [
                new("usn", "Декларация УСН", "", new Bot.Core.Deadlines.ServiceTerms(5, 10), false, null, [], [], null),
                new("close-year", "Закрытие года", "", new Bot.Core.Deadlines.ServiceTerms(10, 15), false, "usn", [], [], null)]),
        ]), Now, CancellationToken.None);
        var companies = new CompanyRepository(database.DataSource);
        romashka = await companies.AddAsync("ООО «Ромашка»", "7707083893", Now, CancellationToken.None);
        await companies.AddProjectAsync(romashka, "accounting", "ivanova", isMain: true, CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            UPDATE staff SET telegram_user_id = 7001 WHERE login = 'ivanova';
            UPDATE staff SET telegram_user_id = 9001 WHERE login = 'orlov';
            UPDATE departments SET head_staff_id = (SELECT id FROM staff WHERE login = 'orlov') WHERE code = 'accounting';
            """);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Only_open_tasks_due_by_the_date_come_with_their_pm_and_head_and_each_notice_is_recorded_once()
    {
        var due = await FileAsync("usn", new DateOnly(2026, 12, 7));
        await FileAsync("usn", new DateOnly(2026, 12, 20));
        await FileAsync("close-year", new DateOnly(2026, 12, 1)); // waits for the first
        var rejected = await FileAsync("usn", new DateOnly(2026, 12, 2));
        await InSessionAsync(session => new TaskWork(session).MoveAsync(rejected, RequestStatus.Review, RequestStatus.Rejected, new TaskActor(7001, "Мария"), "нет", [], Now, CancellationToken.None));

        var before = await InSessionAsync(session => new DeadlineNoticeRepository(session).OpenDueByAsync(new DateOnly(2026, 12, 10), CancellationToken.None));
        var (first, second) = await InSessionAsync(async session =>
        {
            var store = new DeadlineNoticeRepository(session);
            return (await store.TryRecordAsync(due, DeadlineNoticeKind.OverduePm, new DateOnly(2026, 12, 7), Now, CancellationToken.None),
                await store.TryRecordAsync(due, DeadlineNoticeKind.OverduePm, new DateOnly(2026, 12, 7), Now, CancellationToken.None));
        });
        var after = await InSessionAsync(session => new DeadlineNoticeRepository(session).OpenDueByAsync(new DateOnly(2026, 12, 10), CancellationToken.None));

        var task = Assert.Single(before);
        Assert.Equal((due, "Иванова Мария", 7001L, 7001L, 9001L), (task.TaskId, task.AssigneeName, task.Assignee!.UserId, task.Pm!.UserId, task.Head!.UserId));
        Assert.Empty(task.Sent);
        Assert.Equal((true, false), (first, second));
        Assert.Equal([DeadlineNoticeKind.OverduePm], Assert.Single(after).Sent);
    }

    private async Task<long> FileAsync(string service, DateOnly deadline) =>
        await InSessionAsync(async session => (await new RequestSubmitter(session).SubmitAsync(new NewRequest(
            romashka, service, 5001, "Светлана", "Описание", [], deadline, deadline, deadline, Now), CancellationToken.None))!.Value);

    private Task<T> InSessionAsync<T>(Func<DbSession, Task<T>> work) => database.DataSource.InSessionAsync(work);
}
