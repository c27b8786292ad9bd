using Bot.Core.Onboarding;
using Bot.Core.Requests;
using Bot.Storage.Connection;
using Bot.Storage.Firm;
using Bot.Storage.Onboarding;
using Bot.Storage.Tests.Builders;
using Dapper;

namespace Bot.Storage.Tests.Onboarding;

/// <summary>Appointing PMs of a client being onboarded, against PostgreSQL: heads answering at the same moment, and the
/// last appointment activating the company with its departments' services.</summary>
public sealed class OnboardingRepositoryTests : FirmDatabaseTest
{
    private const string NewInn = "7702115037";

    [Fact]
    public async Task Two_heads_appointing_at_the_same_moment_make_exactly_one_main_PM_and_the_last_appointment_activates_the_company()
    {
        var (companyId, hr, accounting) = await StartAsync(accountingIsMain: false);
        var kadrov = await StaffIdAsync("kadrov");
        var ivanova = await StaffIdAsync("ivanova");
        var bothInside = new Barrier(2);

        // Each head's update in its own transaction; both appoint while the other's transaction is still open.
        var outcomes = await Task.WhenAll(
            AppointConcurrentlyAsync(companyId, hr, kadrov, bothInside),
            AppointConcurrentlyAsync(companyId, accounting, ivanova, bothInside));
        var projects = await ProjectsAsync(companyId);
        var services = await Database.DataSource.InSessionAsync(session => new OnboardingRepository(session).PendingDepartmentsAsync(companyId, CancellationToken.None));
        var list = await new CompanyServicesRepository(Database.DataSource).ListAsync(companyId, CancellationToken.None);

        var appointed = outcomes.Cast<AppointOutcome.Appointed>().ToList();
        Assert.Single(appointed, a => a.IsMain);
        Assert.Single(appointed, a => a.CompanyActivated);
        Assert.Equal(1, projects.Count(p => p.IsMain));
        Assert.Equal([("accounting", "Бухгалтерия — ООО «Новые горизонты»"), ("hr", "HR — ООО «Новые горизонты»")], projects.Select(p => (p.Code, p.Name)).Order());
        Assert.Empty(services);
        Assert.Equal(["Декларация УСН", "Закрытие года", "Приём сотрудника"], list.Select(s => s.Title).Order());
    }

    [Fact]
    public async Task The_starters_choice_of_main_department_wins_over_who_answers_first_and_a_department_is_appointed_once()
    {
        var (companyId, hr, accounting) = await StartAsync(accountingIsMain: true);
        var first = await AppointAsync(companyId, hr, await StaffIdAsync("kadrov"));
        var wrongDepartment = await AppointAsync(companyId, accounting, await StaffIdAsync("kadrov"));
        var second = await AppointAsync(companyId, accounting, await StaffIdAsync("ivanova"));
        var again = await AppointAsync(companyId, accounting, await StaffIdAsync("orlov"));

        Assert.Equal(new AppointOutcome.Appointed(false, false), first);
        Assert.IsType<AppointOutcome.NotOfDepartment>(wrongDepartment);
        Assert.Equal(new AppointOutcome.Appointed(true, true), second);
        Assert.IsType<AppointOutcome.AlreadyAppointed>(again);
        Assert.Equal([("accounting", true), ("hr", false)], (await ProjectsAsync(companyId)).Select(p => (p.Code, p.IsMain)).Order());
    }

    private async Task<(int CompanyId, int Hr, int Accounting)> StartAsync(bool accountingIsMain)
    {
        await new StaffRepository(Database.DataSource).AddAsync("kadrov", "Кадров Кирилл", isAdmin: false, ["hr"], Now, CancellationToken.None);
        await using (var connection = await Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO catalog_categories (code, title, department_id, position) SELECT 'hr', 'Кадры', id, 2 FROM departments WHERE code = 'hr';
                INSERT INTO service_templates (code, category_id, title, description, planned_days, hard_days, file_required, position)
                SELECT 'hire', id, 'Приём сотрудника', '', 1, 2, false, 1 FROM catalog_categories WHERE code = 'hr';
                """);
        }

        var departments = await InSessionAsync(session => new OnboardingRepository(session).DepartmentsAsync(CancellationToken.None));
        var (hr, accounting) = (departments.Single(d => d.Code == "hr").Id, departments.Single(d => d.Code == "accounting").Id);
        var client = new NewClient(NewInn, "ООО «Новые горизонты»", [hr, accounting], accountingIsMain ? accounting : null, "С января: кадры и бухгалтерия.");
        var companyId = await InSessionAsync(session => new OnboardingRepository(session).StartAsync(client, new TaskActor(5001, "Смирнов"), Now, CancellationToken.None));
        return (companyId, hr, accounting);
    }

    private async Task<AppointOutcome> AppointConcurrentlyAsync(int companyId, int departmentId, int staffId, Barrier bothInside)
    {
        await using var session = new DbSession(Database.DataSource);
        await session.BeginAsync(CancellationToken.None);
        await session.ExecuteAsync("SELECT 1", null, CancellationToken.None);
        await Task.Run(() => bothInside.SignalAndWait(TimeSpan.FromSeconds(10)));
        var outcome = await AppointInAsync(session, companyId, departmentId, staffId);

        // Hold the transaction open a moment, so that the other head's appointment runs while this one is uncommitted.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await session.CommitAsync(CancellationToken.None);
        return outcome;
    }

    private Task<AppointOutcome> AppointAsync(int companyId, int departmentId, int staffId) =>
        InSessionAsync(session => AppointInAsync(session, companyId, departmentId, staffId));

    private static async Task<AppointOutcome> AppointInAsync(DbSession session, int companyId, int departmentId, int staffId)
    {
        var repository = new OnboardingRepository(session);
        var step = await repository.FindAsync(companyId, departmentId, CancellationToken.None);
        return await repository.AppointAsync(companyId, departmentId, staffId, step!.DefaultProjectName, Now, CancellationToken.None);
    }

    private async Task<int> StaffIdAsync(string login)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT id FROM staff WHERE login = @Login", new { Login = login });
    }

    private async Task<List<(string Code, string Name, bool IsMain)>> ProjectsAsync(int companyId)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string, string, bool)>(
            "SELECT d.code, p.name, p.is_main FROM company_projects p JOIN departments d ON d.id = p.department_id WHERE p.company_id = @CompanyId",
            new { CompanyId = companyId });
        return [.. rows];
    }
}
