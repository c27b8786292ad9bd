using Bot.Core.Catalog;
using Bot.Core.Deadlines;
using Bot.Core.Invites;
using Bot.Core.Messaging;
using Bot.Storage.Access;
using Bot.Storage.Catalog;
using Bot.Storage.Connection;
using Bot.Storage.Firm;
using Bot.Storage.Invites;
using Bot.Testing.Postgres;

namespace Bot.Storage.Tests.Access;

/// <summary>Invites, identities and company choice on real PostgreSQL.</summary>
public sealed class DirectoryAccessTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChatUser Svetlana = new(5001, "Светлана", "ru");
    private readonly TestDatabase database = new();
    private int romashka;
    private int vasilek;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await new CatalogRepository(database.DataSource).ImportAsync(new CatalogFile([
            new CatalogCategory("hr", "Кадры", "hr", [new("hiring", "Приём сотрудника", "", new ServiceTerms(1, 3), true, null, [], [], null)]),
            new CatalogCategory("accounting", "Бухгалтерия", "accounting", [new("usn", "Декларация УСН", "", new ServiceTerms(5, 10), true, null, [], [], null)]),
        ]), Now, CancellationToken.None);
        await new StaffRepository(database.DataSource).AddAsync("ivanova", "Иванова Мария", isAdmin: false, ["hr", "accounting"], Now, CancellationToken.None);
        var companies = new CompanyRepository(database.DataSource);
        romashka = await companies.AddAsync("ООО «Ромашка»", "7707083893", Now, CancellationToken.None);
        vasilek = await companies.AddAsync("АО «Василёк»", "7736207543", Now, CancellationToken.None);
        await companies.AddProjectAsync(romashka, "hr", "ivanova", isMain: true, CancellationToken.None);
        await companies.AddProjectAsync(vasilek, "accounting", "ivanova", isMain: true, CancellationToken.None);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_person_in_two_companies_sees_only_the_chosen_ones_services()
    {
        await RedeemAsync((await new InviteRepository(database.DataSource).ForClientAsync("7707083893", Now, TimeSpan.FromDays(7), CancellationToken.None))!);
        await RedeemAsync((await new InviteRepository(database.DataSource).ForClientAsync("7736207543", Now, TimeSpan.FromDays(7), CancellationToken.None))!);

        var afterInvites = await IdentifyAsync();
        await InSessionAsync(session => new ChosenCompanies(session).ChooseAsync(Svetlana.Id, romashka, Now, CancellationToken.None));
        var afterChoice = await IdentifyAsync();
        var services = await new CompanyServicesRepository(database.DataSource).EnabledServicesAsync(afterChoice.ActingFor!.CompanyId, CancellationToken.None);

        Assert.Equal(["АО «Василёк»", "ООО «Ромашка»"], afterInvites.Memberships.Select(membership => membership.CompanyName));
        Assert.Equal(vasilek, afterInvites.ActingFor!.CompanyId); // the last invite used
        Assert.Equal(romashka, afterChoice.ActingFor.CompanyId);
        Assert.Equal(["hiring"], services.Select(service => service.Code));
    }

    [Fact]
    public async Task An_invite_binds_once_and_an_expired_one_never()
    {
        var invites = new InviteRepository(database.DataSource);
        var token = (await invites.ForClientAsync("7707083893", Now, TimeSpan.FromDays(7), CancellationToken.None))!;
        var late = (await invites.ForClientAsync("7707083893", Now.AddDays(-8), TimeSpan.FromDays(7), CancellationToken.None))!;

        var first = await RedeemAsync(token);
        var again = await RedeemAsync(token);
        var expired = await RedeemAsync(late);
        var unknown = await RedeemAsync(InviteToken.New());

        Assert.Equal(new InviteOutcome.JoinedCompany("ООО «Ромашка»"), first);
        Assert.Equal((new InviteOutcome.AlreadyUsed(), new InviteOutcome.Expired(), new InviteOutcome.Unknown()), ((InviteOutcome)again, (InviteOutcome)expired, (InviteOutcome)unknown));
        Assert.Null(await invites.ForClientAsync("0000000000", Now, TimeSpan.FromDays(7), CancellationToken.None));
    }

    [Fact]
    public async Task Two_people_using_one_link_at_the_same_moment_bind_only_one()
    {
        var token = (await new InviteRepository(database.DataSource).ForClientAsync("7707083893", Now, TimeSpan.FromDays(7), CancellationToken.None))!;
        await using var first = new DbSession(database.DataSource);
        await using var second = new DbSession(database.DataSource);
        await first.BeginAsync(CancellationToken.None);
        await second.BeginAsync(CancellationToken.None);

        var firstOutcome = await new InviteRedemptions(first).RedeemAsync(token, Svetlana, Now, CancellationToken.None);
        var secondTry = new InviteRedemptions(second).RedeemAsync(token, new ChatUser(5002, "Олег", "ru"), Now, CancellationToken.None);
        await Task.Delay(300);
        var waited = !secondTry.IsCompleted; // the second waits on the invite's row lock
        await first.CommitAsync(CancellationToken.None);
        var secondOutcome = await secondTry;
        await second.CommitAsync(CancellationToken.None);

        Assert.True(waited);
        Assert.IsType<InviteOutcome.JoinedCompany>(firstOutcome);
        Assert.IsType<InviteOutcome.AlreadyUsed>(secondOutcome);
    }

    [Fact]
    public async Task A_staff_invite_makes_the_account_the_staff_members_with_the_companies_they_serve()
    {
        var token = (await new InviteRepository(database.DataSource).ForStaffAsync("ivanova", Now, TimeSpan.FromDays(7), CancellationToken.None))!;

        var outcome = await RedeemAsync(token);
        var identity = await IdentifyAsync();

        Assert.Equal(new InviteOutcome.JoinedStaff("Иванова Мария"), outcome);
        Assert.Equal([romashka, vasilek], identity.Staff!.PmOf.Order());
        Assert.Equal([romashka, vasilek], identity.Staff.Serves.Order());
        Assert.Empty(identity.Memberships);
    }

    private async Task<InviteOutcome> RedeemAsync(string token)
    {
        InviteOutcome outcome = new InviteOutcome.Unknown();
        await InSessionAsync(async session => outcome = await new InviteRedemptions(session).RedeemAsync(token, Svetlana, Now, CancellationToken.None));
        return outcome;
    }

    private async Task<Bot.Core.Access.Identity> IdentifyAsync()
    {
        var identity = Bot.Core.Access.Identity.Unknown;
        await InSessionAsync(async session => identity = await new IdentityRepository(session).IdentifyAsync(Svetlana.Id, CancellationToken.None));
        return identity;
    }

    private async Task InSessionAsync(Func<DbSession, Task> work)
    {
        await using var session = new DbSession(database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        await work(session);
        await session.CommitAsync(CancellationToken.None);
    }
}
