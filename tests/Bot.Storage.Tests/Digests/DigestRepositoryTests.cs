using Bot.Core.Digests;
using Bot.Core.Requests;
using Bot.Storage.Connection;
using Bot.Storage.Digests;
using Bot.Storage.Requests;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;
using Dapper;

namespace Bot.Storage.Tests.Digests;

/// <summary>The digests' data on real PostgreSQL for a prepared set of tasks.</summary>
public sealed class DigestRepositoryTests() : FirmDatabaseTest(Now)
{
    private static readonly TimeSpan Moscow = TimeSpan.FromHours(3);
    private static new readonly DateTimeOffset Now = new DateTimeOffset(2026, 12, 2, 9, 0, 0, Moscow).ToUniversalTime();
    [Fact]
    public async Task The_numbers_the_most_overdue_and_the_trend_match_the_prepared_tasks()
    {
        await FileAsync(At(0, 12), new DateOnly(2026, 12, 2));                                  // new, due today
        var accepted = await FileAsync(At(-1, 12), new DateOnly(2026, 12, 3));                  // new the period before, due tomorrow
        await MoveAsync(accepted, RequestStatus.Review, RequestStatus.Accepted, At(0, 15));       // accepted in the period
        var overdue = await FileAsync(new DateTimeOffset(2026, 11, 25, 10, 0, 0, Moscow).ToUniversalTime(), new DateOnly(2026, 11, 27));
        var done = await FileAsync(new DateTimeOffset(2026, 11, 25, 10, 0, 0, Moscow).ToUniversalTime(), new DateOnly(2026, 12, 1));
        await MoveAsync(done, RequestStatus.Review, RequestStatus.Accepted, At(-1, 14));
        await MoveAsync(done, RequestStatus.Accepted, RequestStatus.Done, At(-1, 15));            // done the period before

        var data = await InSessionAsync(session => new DigestRepository(session).LoadAsync(Period(), 3, CancellationToken.None));
        var managers = await InSessionAsync(session => new DigestRepository(session).ManagersAsync([], CancellationToken.None));

        var cell = Assert.Single(data.Cells);
        Assert.Equal(
            new DigestCell(cell.DepartmentId, Romashka) { New = 1, NewBefore = 1, Accepted = 1, DoneBefore = 1, DueToday = 1, DueTomorrow = 1, Overdue = 1, InReview = 2, InWork = 1 },
            cell);
        Assert.Equal([await NumberAsync(overdue)], data.Worst.Select(task => task.Number));
        Assert.Equal([(new DateOnly(2026, 11, 30), 1), (new DateOnly(2026, 12, 2), 1)], data.Trend.OrderBy(t => t.Day).Select(t => (t.Day, t.Count)));
        Assert.Equal(["Бухгалтерия"], data.Departments.Where(d => d.Key == cell.DepartmentId).Select(d => d.Value));
        Assert.Equal([(7001L, false, 0, 1), (9001L, false, 1, 0)], managers.OrderBy(m => m.UserId).Select(m => (m.UserId, m.WholeFirm, m.HeadOf.Count, m.PmOf.Count)));
    }

    [Fact]
    public async Task A_managers_digest_is_recorded_once_a_day_and_an_opt_out_removes_them()
    {
        var (first, again, nextDay) = await InSessionAsync(async session =>
        {
            var store = new DigestRepository(session);
            return (await store.TryRecordAsync(7001, new DateOnly(2026, 12, 2), Now, CancellationToken.None),
                await store.TryRecordAsync(7001, new DateOnly(2026, 12, 2), Now, CancellationToken.None),
                await store.TryRecordAsync(7001, new DateOnly(2026, 12, 3), Now, CancellationToken.None));
        });
        await InSessionAsync(async session =>
        {
            await new DigestRepository(session).SetOptOutAsync(7001, off: true, Now, CancellationToken.None);
            return true;
        });
        var managers = await InSessionAsync(session => new DigestRepository(session).ManagersAsync([], CancellationToken.None));

        Assert.Equal((true, false, true), (first, again, nextDay));
        Assert.Equal([9001L], managers.Select(m => m.UserId));
    }

    private static DateTimeOffset At(int daysFromTuesday, int hour) => new DateTimeOffset(2026, 12, 1, hour, 0, 0, Moscow).AddDays(daysFromTuesday).ToUniversalTime();

    private static DigestPeriod Period() => new(At(0, 9), Now, At(-1, 9), new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 3),
        [new DateOnly(2026, 11, 11), new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 2)]);

    private async Task<long> FileAsync(DateTimeOffset filedAt, DateOnly deadline) =>
        await InSessionAsync(async session => (await new RequestSubmitter(session).SubmitAsync(new NewRequest(
            Romashka, "usn", 5001, "Светлана", "Описание", [], deadline, deadline, deadline, filedAt), CancellationToken.None))!.Value);

    private Task<bool> MoveAsync(long taskId, RequestStatus from, RequestStatus to, DateTimeOffset at) =>
        InSessionAsync(session => new TaskWork(session).MoveAsync(taskId, from, to, new TaskActor(7001, "Мария"), null, [], at, CancellationToken.None));

    private async Task<int> NumberAsync(long taskId)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<int>("SELECT number FROM service_tasks WHERE id = @Id", new { Id = taskId });
    }
}
