using Dapper;
using Npgsql;

namespace Bot.Storage.Firm;

/// <summary>Client companies and the projects by which departments serve them.</summary>
public sealed class CompanyRepository(NpgsqlDataSource dataSource)
{
    public async Task<int> AddAsync(string name, string inn, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(CompanySql.Insert, new { Name = name, Inn = inn, Now = now }, cancellationToken: cancellationToken));
    }

    /// <summary>Starts a department's project for the company with its PM, and copies the department's
    /// services from the catalog onto the company's own list (services already on it are left as they are).
    /// False, and nothing changed, when there is no such department or staff member.</summary>
    public async Task<bool> AddProjectAsync(int companyId, string department, string pmLogin, bool isMain, CancellationToken cancellationToken)
    {
        const string insertProject = """
            INSERT INTO company_projects (company_id, department_id, pm_staff_id, is_main)
            SELECT @CompanyId, d.id, s.id, @IsMain
            FROM departments d, staff s
            WHERE d.code = @Department AND s.login = @PmLogin
            RETURNING department_id
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new { CompanyId = companyId, Department = department, PmLogin = pmLogin, IsMain = isMain };
        if (await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(insertProject, parameters, transaction, cancellationToken: cancellationToken)) is not { } departmentId)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(ServiceListSql.CopyFromCatalog, new { CompanyId = companyId, DepartmentId = departmentId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<CompanyEntry>> ListAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.id, c.inn, c.name,
                   coalesce((SELECT string_agg(d.code || ':' || s.login || CASE WHEN p.is_main THEN '*' ELSE '' END, ', ' ORDER BY d.code)
                             FROM company_projects p JOIN departments d ON d.id = p.department_id JOIN staff s ON s.id = p.pm_staff_id
                             WHERE p.company_id = c.id), '') AS projects,
                   (SELECT count(*)::int FROM memberships m JOIN client_employees e ON e.id = m.employee_id
                    WHERE m.company_id = c.id AND e.telegram_user_id IS NOT NULL) AS employees,
                   c.archived_at IS NOT NULL AS archived,
                   EXISTS (SELECT 1 FROM onboardings o WHERE o.company_id = c.id AND o.completed_at IS NULL) AS connecting
            FROM companies c
            ORDER BY c.name
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<CompanyEntry>(new CommandDefinition(sql, cancellationToken: cancellationToken))];
    }

    /// <summary>Makes the PM of the company's project in <paramref name="department"/> its main PM, and the PMs of its other
    /// projects moderators. False, and nothing changed, when the company has no project in that department.</summary>
    public async Task<bool> SetMainAsync(int companyId, string department, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH target AS (SELECT p.id FROM company_projects p JOIN departments d ON d.id = p.department_id
                            WHERE p.company_id = @CompanyId AND d.code = @Department),
                 demoted AS (UPDATE company_projects SET is_main = false
                             WHERE company_id = @CompanyId AND is_main AND EXISTS (SELECT 1 FROM target) AND id <> (SELECT id FROM target)
                             RETURNING id)
            SELECT count(*)::int FROM target
            """;
        const string promote = "UPDATE company_projects p SET is_main = true FROM departments d WHERE d.id = p.department_id AND p.company_id = @CompanyId AND d.code = @Department";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new { CompanyId = companyId, Department = department };
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)) != 1)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(promote, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<int?> FindByInnAsync(string inn, CancellationToken cancellationToken)
    {
        const string sql = "SELECT id FROM companies WHERE inn = @Inn";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(sql, new { Inn = inn }, cancellationToken: cancellationToken));
    }

    /// <summary>Archives a company: its employees no longer act for it and no invite to it can be made; its
    /// rows stay for the audit. False when there is no such company.</summary>
    public async Task<bool> ArchiveAsync(int companyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE companies SET archived_at = coalesce(archived_at, @Now) WHERE id = @CompanyId";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { CompanyId = companyId, Now = now }, cancellationToken: cancellationToken)) == 1;
    }
}
