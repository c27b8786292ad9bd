using Bot.Core.Catalog;
using Bot.Core.Deadlines;
using Bot.Storage.Catalog;
using Bot.Storage.Firm;
using Bot.Testing.Postgres;
using Dapper;

namespace Bot.Storage.Tests.Catalog;

public sealed class CatalogRepositoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private CatalogRepository Catalog => new(database.DataSource);

    [Fact]
    public async Task Importing_the_same_catalog_twice_updates_in_place_and_reads_back_as_written()
    {
        var catalog = Sample();
        await new StaffRepository(database.DataSource).AddAsync("ivanova", "Иванова Мария", isAdmin: false, ["hr"], Now, CancellationToken.None);

        var first = await Catalog.ImportAsync(catalog, Now, CancellationToken.None);
        var rowsAfterFirst = await RowsAsync();
        var second = await Catalog.ImportAsync(catalog, Now, CancellationToken.None);

        Assert.Equal(new CatalogImportSummary(3, 0, 0), first);
        Assert.Equal(new CatalogImportSummary(0, 3, 0), second);
        Assert.Equal(rowsAfterFirst, await RowsAsync());
        var loaded = await Catalog.LoadAsync(CancellationToken.None);
        Assert.Equal(Describe(catalog), Describe(loaded));
    }

    [Fact]
    public async Task A_companys_own_list_stays_as_edited_when_the_catalog_is_imported_again()
    {
        await Catalog.ImportAsync(Sample(), Now, CancellationToken.None);
        var company = await StartCompanyAsync();
        var services = new CompanyServicesRepository(database.DataSource);
        await services.EditAsync(company, "vacation", enabled: false, responsibleLogin: null, CancellationToken.None);
        await services.EditAsync(company, "hiring", enabled: true, responsibleLogin: "petrova", CancellationToken.None);

        var renamed = Sample(hiringTitle: "Приём на работу");
        await Catalog.ImportAsync(renamed, Now.AddDays(1), CancellationToken.None);
        var list = await services.ListAsync(company, CancellationToken.None);

        Assert.Equal(
            [("hiring", "Приём на работу", true, "petrova"), ("vacation", "Отпуск", false, "ivanova")],
            list.Where(service => service.CategoryTitle == "Кадры").Select(service => (service.Code, service.Title, service.Enabled, service.Responsible)));
    }

    [Fact]
    public async Task A_service_gone_from_the_file_is_archived_and_comes_back_with_its_company_settings()
    {
        await Catalog.ImportAsync(Sample(), Now, CancellationToken.None);
        var company = await StartCompanyAsync();
        var services = new CompanyServicesRepository(database.DataSource);
        await services.EditAsync(company, "vacation", enabled: false, responsibleLogin: null, CancellationToken.None);

        var without = await Catalog.ImportAsync(Sample(withVacation: false), Now, CancellationToken.None);
        var listWithout = await services.ListAsync(company, CancellationToken.None);
        var catalogWithout = await Catalog.LoadAsync(CancellationToken.None);
        await Catalog.ImportAsync(Sample(), Now, CancellationToken.None);
        var listAgain = await services.ListAsync(company, CancellationToken.None);

        Assert.Equal(1, without.Archived);
        Assert.DoesNotContain(listWithout, service => service.Code == "vacation");
        Assert.DoesNotContain(catalogWithout.Services, service => service.Code == "vacation");
        Assert.False(listAgain.Single(service => service.Code == "vacation").Enabled);
    }

    private async Task<int> StartCompanyAsync()
    {
        var staff = new StaffRepository(database.DataSource);
        await staff.AddAsync("ivanova", "Иванова Мария", isAdmin: false, ["hr"], Now, CancellationToken.None);
        await staff.AddAsync("petrova", "Петрова Анна", isAdmin: false, ["hr"], Now, CancellationToken.None);
        var companies = new CompanyRepository(database.DataSource);
        var company = await companies.AddAsync("ООО «Ромашка»", "7701234567", Now, CancellationToken.None);
        await companies.AddProjectAsync(company, "hr", "ivanova", isMain: true, CancellationToken.None);
        return company;
    }

    /// <summary>Two HR services (responsible: ivanova, who exists once a company is started) and an accounting one.</summary>
    private static CatalogFile Sample(string hiringTitle = "Приём сотрудника", bool withVacation = true)
    {
        List<ServiceTemplate> hr = [new("hiring", hiringTitle, "Оформить приём.\nУкажите должность.", new ServiceTerms(1, 3), true, null, ["Паспорт получен", "Приказ издан"], ["https://example.org/tk"], "ivanova")];
        if (withVacation)
        {
            hr.Add(new("vacation", "Отпуск", "Оформить отпуск.", new ServiceTerms(2, 3), false, "hiring", [], [], "ivanova"));
        }

        return new([
            new CatalogCategory("hr", "Кадры", "hr", hr),
            new CatalogCategory("accounting", "Бухгалтерия", "accounting", [new("usn", "Декларация УСН", "", new ServiceTerms(5, 10), true, null, [], [], null)]),
        ]);
    }

    private static string Describe(CatalogFile catalog) =>
        string.Join("\n", catalog.Categories.SelectMany(category => category.Services.Select(service =>
            $"{category.Code}|{category.Title}|{category.DepartmentCode}|{service with { Line = 0, Checklist = [], Regulations = [] }}|{string.Join(";", service.Checklist)}|{string.Join(";", service.Regulations)}")));

    private async Task<List<string>> RowsAsync()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>("SELECT concat_ws('|', id, code, title, planned_days, hard_days, waits_for_template_id, archived_at) FROM service_templates ORDER BY id")];
    }
}
