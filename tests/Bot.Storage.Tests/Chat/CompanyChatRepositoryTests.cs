using Bot.Core.Chat;
using Bot.Core.Requests;
using Bot.Storage.Chat;
using Bot.Storage.Firm;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;
using Dapper;
using Npgsql;

namespace Bot.Storage.Tests.Chat;

/// <summary>Companies' conversations on real PostgreSQL: entries newest first with the directory's names, the
/// PMs main first without blocked staff, and entries nothing can rewrite.</summary>
public sealed class CompanyChatRepositoryTests : FirmDatabaseTest
{
    [Fact]
    public async Task Entries_page_newest_first_with_the_directorys_name_of_staff_and_the_typed_name_of_others()
    {
        for (var i = 0; i < 3; i++)
        {
            var number = i;
            await InSessionAsync(chat => chat.AddAsync(new NewChatEntry(Romashka, ChatEntryKind.Client, new TaskActor(5001, "Светлана"), $"вопрос {number}"), Now.AddMinutes(number), CancellationToken.None));
        }

        var answer = await InSessionAsync(chat => chat.AddAsync(
            new NewChatEntry(Romashka, ChatEntryKind.Firm, new TaskActor(AccountingFirm.IvanovaUserId, "Маша"), "ответ", AddresseeUserId: 5001), Now.AddMinutes(5), CancellationToken.None));
        var mark = await InSessionAsync(chat => chat.AddAsync(
            new NewChatEntry(Romashka, ChatEntryKind.Mark, new TaskActor(AccountingFirm.IvanovaUserId, "Маша"), "", Mark: ChatMark.ServiceOn, Service: "Кадровый учёт", Price: 5000.5m), Now.AddMinutes(6), CancellationToken.None));
        var page = await InSessionAsync(chat => chat.PageAsync(Romashka, 1, 3, CancellationToken.None));
        var latest = await InSessionAsync(chat => chat.LatestFromClientAsync(Romashka, CancellationToken.None));

        Assert.Equal(5, page.Total);
        Assert.Equal(["ответ", "вопрос 2", "вопрос 1"], page.Entries.Select(entry => entry.Body));
        Assert.Equal(("Иванова Мария", (long?)5001), (answer.AuthorName, answer.AddresseeUserId));
        Assert.Equal((ChatMark.ServiceOn, "Кадровый учёт", 5000.5m), (mark.Mark, mark.Service, mark.Price));
        Assert.Equal("вопрос 2", latest!.Body);
    }

    [Fact]
    public async Task The_pms_come_main_first_and_a_blocked_one_is_left_out()
    {
        await new CompanyRepository(Database.DataSource).AddProjectAsync(Romashka, "hr", "orlov", isMain: false, CancellationToken.None);
        var both = await InSessionAsync(chat => chat.PmsAsync(Romashka, CancellationToken.None));
        await Database.DataSource.InSessionAsync(session => session.ExecuteAsync("UPDATE staff SET blocked_at = now() WHERE login = 'ivanova'", null, CancellationToken.None));
        var unblocked = await InSessionAsync(chat => chat.PmsAsync(Romashka, CancellationToken.None));

        Assert.Equal([AccountingFirm.IvanovaUserId, AccountingFirm.OrlovUserId], both.Select(pm => pm.UserId));
        Assert.Equal([AccountingFirm.OrlovUserId], unblocked.Select(pm => pm.UserId));
    }

    [Fact]
    public async Task Entries_cannot_be_changed_deleted_or_truncated()
    {
        await InSessionAsync(chat => chat.AddAsync(new NewChatEntry(Romashka, ChatEntryKind.Client, new TaskActor(5001, "Светлана"), "вопрос"), Now, CancellationToken.None));
        await using var connection = await Database.DataSource.OpenConnectionAsync();

        var errors = new[]
        {
            await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("UPDATE chat_entries SET body = 'другое'")),
            await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("DELETE FROM chat_entries")),
            await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("TRUNCATE chat_entries CASCADE")),
        };

        Assert.All(errors, error => Assert.Contains("cannot be changed or deleted", error.MessageText, StringComparison.Ordinal));
        Assert.Equal("вопрос", await connection.QuerySingleAsync<string>("SELECT body FROM chat_entries"));
    }

    [Fact]
    public async Task Consent_is_given_once_and_kept()
    {
        var before = await InSessionAsync(chat => chat.HasConsentAsync(5001, CancellationToken.None));
        await InSessionAsync(async chat =>
        {
            await chat.GiveConsentAsync(5001, Now, CancellationToken.None);
            await chat.GiveConsentAsync(5001, Now, CancellationToken.None);
            return true;
        });

        Assert.False(before);
        Assert.True(await InSessionAsync(chat => chat.HasConsentAsync(5001, CancellationToken.None)));
        Assert.False(await InSessionAsync(chat => chat.HasConsentAsync(5002, CancellationToken.None)));
    }

    private Task<T> InSessionAsync<T>(Func<CompanyChatRepository, Task<T>> work) => Database.DataSource.InSessionAsync(session => work(new CompanyChatRepository(session)));
}
