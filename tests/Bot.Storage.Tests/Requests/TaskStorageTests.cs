using Bot.Core.Catalog;
using Bot.Core.Conversations;
using Bot.Core.Deadlines;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Catalog;
using Bot.Storage.Connection;
using Bot.Storage.Conversations;
using Bot.Storage.Files;
using Bot.Storage.Firm;
using Bot.Storage.Requests;
using Bot.Storage.Tests.Builders;
using Bot.Testing.Postgres;

namespace Bot.Storage.Tests.Requests;

/// <summary>Filing, reading and commenting tasks, and the conversation state, on real PostgreSQL.</summary>
public sealed class TaskStorageTests : IAsyncLifetime
{
    private const long Requester = 5001;
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase database = new();
    private int romashka;
    private int vasilek;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var staff = new StaffRepository(database.DataSource);
        await staff.AddAsync("ivanova", "Иванова Мария", isAdmin: false, ["hr", "accounting"], Now, CancellationToken.None);
        await staff.AddAsync("petrov", "Петров Илья", isAdmin: false, ["hr"], Now, CancellationToken.None);
        await staff.AddAsync("sidorova", "Сидорова Анна", isAdmin: false, ["accounting"], Now, CancellationToken.None);
        await new CatalogRepository(database.DataSource).ImportAsync(new CatalogFile([
            new CatalogCategory("hr", "Кадры", "hr", [new("hiring", "Приём сотрудника", "", new ServiceTerms(1, 3), false, null, [], [], "petrov")]),
            new CatalogCategory("accounting", "Бухгалтерия", "accounting", [
                new("usn", "Декларация УСН", "", new ServiceTerms(5, 10), false, null, [], [], null),
                new("close-year", "Закрытие года", "", new ServiceTerms(10, 15), false, "usn", [], [], null)]),
        ]), Now, CancellationToken.None);
        var companies = new CompanyRepository(database.DataSource);
        romashka = await companies.AddAsync("ООО «Ромашка»", "7707083893", Now, CancellationToken.None);
        vasilek = await companies.AddAsync("АО «Василёк»", "7736207543", Now, CancellationToken.None);
        await companies.AddProjectAsync(romashka, "accounting", "ivanova", isMain: true, CancellationToken.None);
        await companies.AddProjectAsync(romashka, "hr", "ivanova", isMain: false, CancellationToken.None);
        await companies.AddProjectAsync(vasilek, "accounting", "sidorova", isMain: true, CancellationToken.None);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Tasks_are_numbered_per_firm_from_1001_and_go_to_the_responsible_staff_member()
    {
        await new CompanyServicesRepository(database.DataSource).EditAsync(vasilek, "usn", enabled: true, "ivanova", CancellationToken.None);

        var usn = await FileAsync(romashka, "usn");
        var hiring = await FileAsync(romashka, "hiring");
        var overridden = await FileAsync(vasilek, "usn");

        Assert.Equal((1001, "Иванова Мария"), (usn.Number, usn.Assignee!.Name));      // the project's PM
        Assert.Equal((1002, "Петров Илья"), (hiring.Number, hiring.Assignee!.Name)); // the catalog's default
        Assert.Equal((1003, "Иванова Мария"), (overridden.Number, overridden.Assignee!.Name)); // the company's own choice
        Assert.Equal(RequestStatus.Review, usn.Status);
        Assert.Equal((new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 14)), (usn.RequestedDeadline, usn.PlannedDue, usn.HardDue));
    }

    [Fact]
    public async Task A_chained_service_waits_for_its_unfinished_predecessor_of_the_same_company_only()
    {
        var alone = await FileAsync(romashka, "close-year");
        var first = await FileAsync(romashka, "usn");
        var chained = await FileAsync(romashka, "close-year");
        var otherCompany = await FileAsync(vasilek, "close-year");

        Assert.Equal(RequestStatus.Review, alone.Status);
        Assert.Equal((RequestStatus.Waiting, first.Number), (chained.Status, chained.WaitsForNumber));
        Assert.Equal([TaskEntryKind.Filed, TaskEntryKind.Waiting], chained.History.Select(entry => entry.Kind));
        Assert.Equal(RequestStatus.Review, otherCompany.Status);
    }

    [Fact]
    public async Task Only_files_the_requester_uploaded_for_the_company_are_attached_and_comments_keep_their_files()
    {
        var own = await StoreFileAsync("выписка.pdf", Requester, romashka);
        var someoneElses = await StoreFileAsync("чужой.pdf", 9999, romashka);
        var otherCompanys = await StoreFileAsync("василёк.pdf", Requester, vasilek);
        var task = await FileAsync(romashka, "usn", own, someoneElses, otherCompanys);
        var scan = await StoreFileAsync("акт.jpg", Requester, romashka, FileKind.Photo);

        await InSessionAsync(session => new TaskComments(session).AddAsync(task.Id, Requester, "Светлана", "Акт <подписан>", [scan], Now.AddHours(1), CancellationToken.None));
        var after = await InSessionAsync(session => new TaskQueries(session).FindAsync(task.Id, CancellationToken.None));

        Assert.Equal(["выписка.pdf"], task.Files.Select(file => file.Name));
        Assert.Equal(["выписка.pdf", "акт.jpg"], after!.Files.Select(file => file.Name));
        Assert.Equal(FileKind.Photo, after.Files[1].Kind);
        Assert.Equal(new TaskEntry(Now.AddHours(1), TaskEntryKind.Comment, "Светлана", "Акт <подписан>", 1), after.History[^1]);
    }

    [Fact]
    public async Task A_request_is_filed_and_read_back_with_its_history_and_attachment_in_three_round_trips()
    {
        var scan = await StoreFileAsync("выписка.pdf", Requester, romashka);

        var (task, roundTrips) = await InSessionAsync(async session =>
        {
            var before = session.RoundTrips;
            var id = await new RequestSubmitter(session).SubmitAsync(Request(romashka, "usn", scan), CancellationToken.None);
            var found = await new TaskQueries(session).FindAsync(id!.Value, CancellationToken.None);
            return (found, session.RoundTrips - before);
        });

        // The service's lookup, the task's insert, then its history and attachment together with the read-back.
        Assert.Equal(3, roundTrips);
        Assert.Equal(["выписка.pdf"], task!.Files.Select(file => file.Name));
        Assert.Equal([TaskEntryKind.Filed], task.History.Select(entry => entry.Kind));
        Assert.Equal((1001, "Иванова Мария"), (task.Number, task.Assignee!.Name));
    }

    [Fact]
    public async Task A_companys_list_is_newest_first_paged_and_holds_nothing_of_another_company()
    {
        for (var i = 0; i < 5; i++)
        {
            await FileAsync(romashka, "usn");
        }

        await FileAsync(vasilek, "usn");

        var first = await InSessionAsync(session => new TaskQueries(session).PageForCompanyAsync(romashka, 0, 3, CancellationToken.None));
        var second = await InSessionAsync(session => new TaskQueries(session).PageForCompanyAsync(romashka, 3, 3, CancellationToken.None));
        var beyond = await InSessionAsync(session => new TaskQueries(session).PageForCompanyAsync(romashka, 9, 3, CancellationToken.None));

        Assert.Equal([1005, 1004, 1003], first.Tasks.Select(task => task.Number));
        Assert.Equal([1002, 1001], second.Tasks.Select(task => task.Number));
        Assert.Equal((5, 5, 5), (first.Total, second.Total, beyond.Total));
        Assert.Empty(beyond.Tasks);
    }

    [Fact]
    public async Task A_conversation_is_saved_replaced_read_and_cleared_per_user_and_chat()
    {
        var form = new ConversationState("request", "Service", 2, """{"companyId":1,"categoryCode":"hr"}""");

        var (read, other, cleared, again) = await InSessionAsync(async session =>
        {
            var store = new ConversationRepository(session);
            await store.SaveAsync(Requester, Requester, form with { Revision = 1 }, Now, CancellationToken.None);
            await store.SaveAsync(Requester, Requester, form, Now, CancellationToken.None);
            return (await store.LoadAsync(Requester, Requester, CancellationToken.None), await store.LoadAsync(Requester, 42, CancellationToken.None),
                await store.ClearAsync(Requester, Requester, CancellationToken.None), await store.ClearAsync(Requester, Requester, CancellationToken.None));
        });

        Assert.Equal(form with { Data = read!.Data }, read);
        Assert.Contains("\"categoryCode\": \"hr\"", read.Data, StringComparison.Ordinal);
        Assert.Null(other);
        Assert.True(cleared);
        Assert.False(again);
    }

    [Fact]
    public async Task A_new_flow_starts_above_every_revision_of_the_flows_before_it_even_once_they_ended()
    {
        var form = new ConversationState("request", "Summary", 6, "{}");

        var (fresh, afterEnd, elsewhere, loaded) = await InSessionAsync(async session =>
        {
            var store = new ConversationRepository(session);
            var fresh = await store.FirstRevisionAsync(Requester, Requester, CancellationToken.None);
            await store.SaveAsync(Requester, Requester, form, Now, CancellationToken.None);
            await store.ClearAsync(Requester, Requester, CancellationToken.None);
            return (fresh, await store.FirstRevisionAsync(Requester, Requester, CancellationToken.None),
                await store.FirstRevisionAsync(Requester, 42, CancellationToken.None), await store.LoadAsync(Requester, Requester, CancellationToken.None));
        });

        Assert.Equal((1, 7, 1), (fresh, afterEnd, elsewhere));
        Assert.Null(loaded);
    }

    private async Task<TaskDetails> FileAsync(int companyId, string service, params long[] files) =>
        (await InSessionAsync(async session =>
        {
            var id = await new RequestSubmitter(session).SubmitAsync(Request(companyId, service, files), CancellationToken.None);
            return await new TaskQueries(session).FindAsync(id!.Value, CancellationToken.None);
        }))!;

    private static NewRequest Request(int companyId, string service, params long[] files) =>
        new(companyId, service, Requester, "Светлана", "Описание", files, new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 14), Now);

    private async Task<long> StoreFileAsync(string name, long uploadedBy, int companyId, FileKind kind = FileKind.Document) =>
        await InSessionAsync(session => new StoredFileRepository(session).RecordAsync(
            new NewStoredFile(new StoredContent(new string('b', 64), 10), name, "application/pdf", kind, uploadedBy, companyId, "tg-" + name), Now, CancellationToken.None));

    private Task<T> InSessionAsync<T>(Func<DbSession, Task<T>> work) => database.DataSource.InSessionAsync(work);

    private Task InSessionAsync(Func<DbSession, Task> work) => database.DataSource.InSessionAsync(work);
}
