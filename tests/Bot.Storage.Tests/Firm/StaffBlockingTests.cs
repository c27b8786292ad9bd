using Bot.Core.Requests;
using Bot.Storage.Deadlines;
using Bot.Storage.Firm;
using Bot.Storage.Requests;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;

namespace Bot.Storage.Tests.Firm;

/// <summary>A blocked staff member and an archived company drop out of everything that reaches people.</summary>
public sealed class StaffBlockingTests : FirmDatabaseTest
{
    [Fact]
    public async Task Blocking_the_assignee_hands_their_open_tasks_to_the_next_in_line_and_new_tasks_skip_them()
    {
        var before = await FileAsync();

        var handed = await Database.DataSource.InSessionAsync(session => new StaffBlocking(session).BlockAsync("ivanova", Now, CancellationToken.None));
        var moved = await FindAsync(before.Id);
        var after = await FileAsync();
        var unknown = await Database.DataSource.InSessionAsync(session => new StaffBlocking(session).BlockAsync("nobody", Now, CancellationToken.None));

        Assert.Equal("Иванова Мария", before.Assignee!.Name);
        Assert.Equal([(before.Number, "Иванова Мария", (long?)AccountingFirm.OrlovUserId)], handed!.Select(t => (t.Number, t.BlockedName, t.SuccessorUserId)));
        Assert.Equal("Орлов Пётр", moved.Assignee!.Name);
        Assert.Contains(moved.History, entry => entry.Kind == TaskEntryKind.Reassigned && entry.Body == "Орлов Пётр" && entry.AuthorName == "Иванова Мария");
        Assert.Equal("Орлов Пётр", after.Assignee!.Name);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task An_archived_companys_tasks_are_marked_read_only_and_their_deadlines_remind_nobody()
    {
        var task = await FileAsync();
        await new CompanyRepository(Database.DataSource).ArchiveAsync(Romashka, Now, CancellationToken.None);

        var found = await FindAsync(task.Id);
        var due = await Database.DataSource.InSessionAsync(session => new DeadlineNoticeRepository(session).OpenDueByAsync(new DateOnly(2027, 1, 1), CancellationToken.None));

        Assert.True(found.CompanyArchived);
        Assert.Empty(due);
    }

    private async Task<TaskDetails> FileAsync() =>
        (await Database.DataSource.InSessionAsync(async session =>
        {
            var id = await new RequestSubmitter(session).SubmitAsync(new NewRequest(
                Romashka, "usn", 5001, "Светлана", "Описание", [], new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 14), Now),
                CancellationToken.None);
            return await new TaskQueries(session).FindAsync(id!.Value, CancellationToken.None);
        }))!;

    private async Task<TaskDetails> FindAsync(long id) =>
        (await Database.DataSource.InSessionAsync(session => new TaskQueries(session).FindAsync(id, CancellationToken.None)))!;
}
