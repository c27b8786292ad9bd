using Bot.Core.Employees;
using Bot.Storage.Connection;

namespace Bot.Storage.Firm;

/// <summary>A company's employees for its PM, in the update's (or the command's) session.</summary>
public sealed class CompanyEmployees(DbSession session) : IClientEmployees
{
    public async Task<IReadOnlyList<ClientEmployee>> ListAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT e.id, e.full_name, e.telegram_user_id IS NOT NULL AS in_telegram,
                   EXISTS (SELECT 1 FROM company_followers f WHERE f.company_id = m.company_id AND f.employee_id = e.id) AS follows_all
            FROM memberships m JOIN client_employees e ON e.id = m.employee_id
            WHERE m.company_id = @CompanyId
            ORDER BY e.full_name, e.id
            """;
        return [.. await session.QueryAsync<ClientEmployee>(sql, new { CompanyId = companyId }, cancellationToken)];
    }

    public async Task<bool> RemoveAsync(int companyId, int employeeId, CancellationToken cancellationToken)
    {
        var parameters = new { CompanyId = companyId, EmployeeId = employeeId };
        await session.ExecuteAsync("DELETE FROM company_followers WHERE company_id = @CompanyId AND employee_id = @EmployeeId", parameters, cancellationToken);
        return await session.ExecuteAsync("DELETE FROM memberships WHERE company_id = @CompanyId AND employee_id = @EmployeeId", parameters, cancellationToken) == 1;
    }

    public async Task<bool> FollowAllAsync(int companyId, int employeeId, bool follow, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH member AS (SELECT 1 FROM memberships WHERE company_id = @CompanyId AND employee_id = @EmployeeId),
                 added AS (INSERT INTO company_followers (company_id, employee_id, since)
                           SELECT @CompanyId, @EmployeeId, @Now WHERE @Follow AND EXISTS (SELECT 1 FROM member)
                           ON CONFLICT DO NOTHING RETURNING 1),
                 removed AS (DELETE FROM company_followers WHERE NOT @Follow AND company_id = @CompanyId AND employee_id = @EmployeeId RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM member)
            """;
        return (await session.QueryAsync<bool>(sql, new { CompanyId = companyId, EmployeeId = employeeId, Follow = follow, Now = now }, cancellationToken)).Single();
    }
}
