using Bot.Core.Notifications;
using Bot.Core.Requests;
using Bot.Storage.Connection;
using Bot.Storage.Notifications;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;
using Dapper;

namespace Bot.Storage.Tests.Notifications;

/// <summary>Notifications on real PostgreSQL: an answer counts once even when two arrive together, an import key
/// is used once, and a silent recipient is taken for a reminder once.</summary>
public sealed class NotificationRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly AudienceMember Svetlana = new(5001, "Светлана", "ru", true);
    private readonly TestDatabase database = new();
    private int romashka;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        romashka = await AccountingFirm.SetUpAsync(database.DataSource, Now);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO client_employees (full_name, telegram_user_id, created_at) VALUES ('Светлана', 5001, now());
            INSERT INTO memberships (employee_id, company_id) SELECT id, @Company FROM client_employees;
            """, new { Company = romashka });
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Two_answers_arriving_together_count_once()
    {
        var id = (await InSessionAsync(store => store.CreateAsync(Approval(), Now, CancellationToken.None)))!.Value;
        await using var first = new DbSession(database.DataSource);
        await using var second = new DbSession(database.DataSource);
        await first.BeginAsync(CancellationToken.None);
        await second.BeginAsync(CancellationToken.None);

        var approved = await new NotificationRepository(first).AnswerAsync(id, Svetlana.UserId, RecipientState.Approved, null, Now, CancellationToken.None);
        var declining = new NotificationRepository(second).AnswerAsync(id, Svetlana.UserId, RecipientState.Declined, "нет", Now, CancellationToken.None);
        await Task.Delay(200);
        var waitedForTheFirst = !declining.IsCompleted;
        await first.CommitAsync(CancellationToken.None);
        var declined = await declining;
        await second.CommitAsync(CancellationToken.None);
        var stored = await InSessionAsync(store => store.FindAsync(id, CancellationToken.None));

        Assert.True(waitedForTheFirst, "the second answer ran while the first held the row");
        Assert.Equal((true, false), (approved, declined));
        Assert.Equal((RecipientState.Approved, (string?)null), (stored!.Recipients[0].State, stored.Recipients[0].Comment));
    }

    [Fact]
    public async Task An_import_key_creates_one_notification()
    {
        var first = await InSessionAsync(store => store.CreateAsync(Approval("nov-1"), Now, CancellationToken.None));
        var again = await InSessionAsync(store => store.CreateAsync(Approval("nov-1"), Now, CancellationToken.None));

        Assert.NotNull(first);
        Assert.Null(again);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await connection.QuerySingleAsync<int>("SELECT count(*) FROM notification_recipients"));
    }

    [Fact]
    public async Task A_silent_recipient_is_taken_for_a_reminder_once_and_an_answered_one_never()
    {
        var silent = (await InSessionAsync(store => store.CreateAsync(Approval(), Now, CancellationToken.None)))!.Value;
        var answered = (await InSessionAsync(store => store.CreateAsync(Approval(), Now, CancellationToken.None)))!.Value;
        await InSessionAsync(store => store.AnswerAsync(answered, Svetlana.UserId, RecipientState.Approved, null, Now, CancellationToken.None));

        var early = await InSessionAsync(store => store.TakeDueRemindersAsync(Now, Now.AddDays(3), CancellationToken.None));
        var due = await InSessionAsync(store => store.TakeDueRemindersAsync(Now.AddDays(2), Now.AddDays(3), CancellationToken.None));
        var again = await InSessionAsync(store => store.TakeDueRemindersAsync(Now.AddDays(2), Now.AddDays(4), CancellationToken.None));

        Assert.Empty(early);
        var reminder = Assert.Single(due);
        Assert.Equal((silent, Svetlana.UserId, true), (reminder.Notification.Id, reminder.Recipient.UserId, reminder.Recipient.CanApprove));
        Assert.Empty(again);
    }

    private NewNotification Approval(string? importKey = null) =>
        new(romashka, NotificationKind.Approval, "Согласуйте платёж", null, new TaskActor(AccountingFirm.IvanovaUserId, "Маша"), [Svetlana], importKey);

    private Task<T> InSessionAsync<T>(Func<NotificationRepository, Task<T>> work) => database.DataSource.InSessionAsync(session => work(new NotificationRepository(session)));
}
