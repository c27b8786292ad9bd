using Bot.Core.Deadlines;
using Bot.Core.Onboarding;
using Bot.Core.Requests;
using Bot.Storage.Connection;
using Bot.Storage.Firm;

namespace Bot.Storage.Onboarding;

/// <summary>Clients being onboarded, in the update's (or the command's) session. Appointing takes the onboarding's row lock
/// first, so of two heads answering at once one appoints after the other has committed and sees the main PM already there.</summary>
public sealed class OnboardingRepository(DbSession session) : IOnboardings
{
    public async Task<IReadOnlyList<ServingDepartment>> DepartmentsAsync(CancellationToken cancellationToken) =>
        [.. await session.QueryAsync<ServingDepartment>("SELECT id, code, name FROM departments ORDER BY id", null, cancellationToken)];

    public Task<string?> CompanyNameByInnAsync(string inn, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<string>("SELECT name FROM companies WHERE inn = @Inn", new { Inn = inn }, cancellationToken);

    public async Task<int> StartAsync(NewClient client, TaskActor starter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string start = """
            INSERT INTO onboardings (company_id, started_by, started_by_name, summary, main_department_id, started_at)
            VALUES (@CompanyId, @StartedBy, @StartedByName, @Summary, @MainDepartmentId, @Now);
            INSERT INTO onboarding_departments (company_id, department_id) SELECT @CompanyId, unnest(@DepartmentIds);
            """;
        var companyId = (await session.QueryAsync<int>(CompanySql.Insert, new { client.Name, client.Inn, Now = now }, cancellationToken)).Single();
        await session.ExecuteAsync(start, new
        {
            CompanyId = companyId, StartedBy = starter.UserId, StartedByName = starter.Name, client.Summary, client.MainDepartmentId, Now = now,
            DepartmentIds = client.DepartmentIds.ToArray(),
        }, cancellationToken);
        return companyId;
    }

    public Task<OnboardingStep?> FindAsync(int companyId, int departmentId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.id AS company_id, c.name AS company_name, c.inn, d.id AS department_id, d.name AS department_name, o.started_by_name, o.summary,
                   (SELECT s.full_name FROM company_projects p JOIN staff s ON s.id = p.pm_staff_id
                    WHERE p.company_id = c.id AND p.department_id = d.id) AS appointed_pm
            FROM onboarding_departments od
            JOIN onboardings o ON o.company_id = od.company_id
            JOIN companies c ON c.id = od.company_id AND c.archived_at IS NULL
            JOIN departments d ON d.id = od.department_id
            WHERE od.company_id = @CompanyId AND od.department_id = @DepartmentId
            """;
        return session.QuerySingleOrDefaultAsync<OnboardingStep>(sql, new { CompanyId = companyId, DepartmentId = departmentId }, cancellationToken);
    }

    public async Task<IReadOnlyList<int>> PendingDepartmentsAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT od.department_id
            FROM onboarding_departments od JOIN onboardings o ON o.company_id = od.company_id AND o.completed_at IS NULL
            WHERE od.company_id = @CompanyId
              AND NOT EXISTS (SELECT 1 FROM company_projects p WHERE p.company_id = od.company_id AND p.department_id = od.department_id)
            ORDER BY od.department_id
            """;
        return [.. await session.QueryAsync<int>(sql, new { CompanyId = companyId }, cancellationToken)];
    }

    public async Task<AppointOutcome> AppointAsync(int companyId, int departmentId, int staffId, string projectName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string lockOnboarding = """
            SELECT o.main_department_id
            FROM onboardings o JOIN onboarding_departments od ON od.company_id = o.company_id AND od.department_id = @DepartmentId
            WHERE o.company_id = @CompanyId
            FOR UPDATE OF o
            """;
        const string ofDepartment = """
            SELECT EXISTS (SELECT 1 FROM staff_departments sd JOIN staff s ON s.id = sd.staff_id
                           WHERE sd.staff_id = @StaffId AND sd.department_id = @DepartmentId AND s.blocked_at IS NULL)
            """;
        const string appoint = """
            INSERT INTO company_projects (company_id, department_id, pm_staff_id, is_main, name)
            VALUES (@CompanyId, @DepartmentId, @StaffId,
                    CASE WHEN @MainDepartmentId::int IS NULL THEN NOT EXISTS (SELECT 1 FROM company_projects WHERE company_id = @CompanyId AND is_main)
                         ELSE @MainDepartmentId::int = @DepartmentId END,
                    @Name)
            ON CONFLICT (company_id, department_id) DO NOTHING
            RETURNING is_main
            """;
        var main = await session.QueryAsync<int?>(lockOnboarding, new { CompanyId = companyId, DepartmentId = departmentId }, cancellationToken);
        if (main.ToList() is not [var mainDepartmentId])
        {
            return new AppointOutcome.AlreadyAppointed();
        }

        var parameters = new { CompanyId = companyId, DepartmentId = departmentId, StaffId = staffId, MainDepartmentId = mainDepartmentId, Name = projectName };
        if (!await session.QuerySingleOrDefaultAsync<bool>(ofDepartment, parameters, cancellationToken))
        {
            return new AppointOutcome.NotOfDepartment();
        }

        if (await session.QuerySingleOrDefaultAsync<bool?>(appoint, parameters, cancellationToken) is not { } isMain)
        {
            return new AppointOutcome.AlreadyAppointed();
        }

        return new AppointOutcome.Appointed(isMain, await CompleteAsync(companyId, now, cancellationToken));
    }

    public async Task<IReadOnlyList<Recipient>> AdministratorsAsync(IReadOnlyCollection<long> configured, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT a.user_id, u.language_code
            FROM (SELECT unnest(@Configured::bigint[]) AS user_id
                  UNION SELECT telegram_user_id FROM staff WHERE is_admin AND telegram_user_id IS NOT NULL AND blocked_at IS NULL) a
            LEFT JOIN telegram_users u ON u.id = a.user_id
            ORDER BY a.user_id
            """;
        return [.. await session.QueryAsync<Recipient>(sql, new { Configured = configured.ToArray() }, cancellationToken)];
    }

    public async Task<IReadOnlyList<Recipient>> CardRecipientsAsync(int departmentId, IReadOnlyCollection<long> administratorIds, CancellationToken cancellationToken)
    {
        const string head = """
            SELECT s.telegram_user_id AS user_id, u.language_code
            FROM departments d JOIN staff s ON s.id = d.head_staff_id LEFT JOIN telegram_users u ON u.id = s.telegram_user_id
            WHERE d.id = @DepartmentId AND s.telegram_user_id IS NOT NULL AND s.blocked_at IS NULL
            """;
        var heads = (await session.QueryAsync<Recipient>(head, new { DepartmentId = departmentId }, cancellationToken)).ToList();
        return heads.Count > 0 ? heads : await AdministratorsAsync(administratorIds, cancellationToken);
    }

    public async Task<IReadOnlyList<Recipient>> CompletionAudienceAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT x.user_id, u.language_code
            FROM (SELECT started_by AS user_id FROM onboardings WHERE company_id = @CompanyId AND started_by <> 0
                  UNION SELECT s.telegram_user_id FROM company_projects p JOIN staff s ON s.id = p.pm_staff_id
                        WHERE p.company_id = @CompanyId AND s.telegram_user_id IS NOT NULL AND s.blocked_at IS NULL) x
            LEFT JOIN telegram_users u ON u.id = x.user_id
            ORDER BY x.user_id
            """;
        return [.. await session.QueryAsync<Recipient>(sql, new { CompanyId = companyId }, cancellationToken)];
    }

    public async Task<IReadOnlyList<WaitingDepartment>> WaitingAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT od.company_id, od.department_id, o.started_at, od.reminded_at IS NOT NULL AS reminded, od.escalated_at IS NOT NULL AS escalated
            FROM onboardings o
            JOIN companies c ON c.id = o.company_id AND c.archived_at IS NULL
            JOIN onboarding_departments od ON od.company_id = o.company_id
            WHERE o.completed_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM company_projects p WHERE p.company_id = od.company_id AND p.department_id = od.department_id)
            ORDER BY o.started_at, od.company_id, od.department_id
            """;
        var rows = await session.QueryAsync<WaitingRow>(sql, null, cancellationToken);
        return [.. rows.Select(r => new WaitingDepartment(r.CompanyId, r.DepartmentId, r.StartedAt, r.Reminded, r.Escalated))];
    }

    public async Task<bool> MarkRemindedAsync(int companyId, int departmentId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            "UPDATE onboarding_departments SET reminded_at = @Now WHERE company_id = @CompanyId AND department_id = @DepartmentId AND reminded_at IS NULL",
            new { CompanyId = companyId, DepartmentId = departmentId, Now = now }, cancellationToken) == 1;

    public async Task<bool> MarkEscalatedAsync(int companyId, int departmentId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            "UPDATE onboarding_departments SET escalated_at = @Now WHERE company_id = @CompanyId AND department_id = @DepartmentId AND escalated_at IS NULL",
            new { CompanyId = companyId, DepartmentId = departmentId, Now = now }, cancellationToken) == 1;

    public Task<Recipient?> StaffRecipientAsync(int staffId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT s.telegram_user_id AS user_id, u.language_code
            FROM staff s LEFT JOIN telegram_users u ON u.id = s.telegram_user_id
            WHERE s.id = @StaffId AND s.telegram_user_id IS NOT NULL AND s.blocked_at IS NULL
            """;
        return session.QuerySingleOrDefaultAsync<Recipient>(sql, new { StaffId = staffId }, cancellationToken);
    }

    /// <summary>When no department is left without a PM: the onboarding is completed and the company's service list made
    /// from the catalog's services of its departments. True when this call completed it.</summary>
    private async Task<bool> CompleteAsync(int companyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string complete = """
            UPDATE onboardings o SET completed_at = @Now
            WHERE o.company_id = @CompanyId AND o.completed_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM onboarding_departments od
                              WHERE od.company_id = o.company_id
                                AND NOT EXISTS (SELECT 1 FROM company_projects p WHERE p.company_id = od.company_id AND p.department_id = od.department_id))
            RETURNING (SELECT array_agg(department_id) FROM onboarding_departments WHERE company_id = @CompanyId)
            """;
        if (await session.QuerySingleOrDefaultAsync<int[]>(complete, new { CompanyId = companyId, Now = now }, cancellationToken) is not { } departments)
        {
            return false;
        }

        foreach (var departmentId in departments)
        {
            await session.ExecuteAsync(ServiceListSql.CopyFromCatalog, new { CompanyId = companyId, DepartmentId = departmentId }, cancellationToken);
        }

        return true;
    }

    private sealed class WaitingRow
    {
        public int CompanyId { get; init; }

        public int DepartmentId { get; init; }

        public DateTimeOffset StartedAt { get; init; }

        public bool Reminded { get; init; }

        public bool Escalated { get; init; }
    }
}
