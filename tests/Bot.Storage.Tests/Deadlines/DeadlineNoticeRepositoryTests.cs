using Bot.Core.Deadlines;
using Bot.Core.Requests;
using Bot.Storage.Connection;
using Bot.Storage.Deadlines;
using Bot.Storage.Requests;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;

namespace Bot.Storage.Tests.Deadlines;

/// <summary>Due work and its notices on real PostgreSQL.</summary>
public sealed class DeadlineNoticeRepositoryTests : FirmDatabaseTest
{
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
            Romashka, service, 5001, "Светлана", "Описание", [], deadline, deadline, deadline, Now), CancellationToken.None))!.Value);
}
