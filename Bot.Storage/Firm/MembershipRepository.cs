using Dapper;
using Npgsql;

namespace Bot.Storage.Firm;

/// <summary>Client employees' memberships and the rights each has in one company.</summary>
public sealed class MembershipRepository(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<EmployeeEntry>> ListAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT e.id, e.full_name, m.can_file_requests, m.can_see_documents, m.can_approve, m.can_see_finance
            FROM memberships m JOIN client_employees e ON e.id = m.employee_id
            WHERE m.company_id = @CompanyId
            ORDER BY e.full_name, e.id
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<EmployeeEntry>(new CommandDefinition(sql, new { CompanyId = companyId }, cancellationToken: cancellationToken))];
    }

    /// <summary>Sets the rights given (null leaves one as it is); false when the person is not in the company.</summary>
    public async Task<bool> SetRightsAsync(int companyId, int employeeId, bool? fileRequests, bool? seeDocuments, bool? approve, bool? seeFinance, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE memberships
            SET can_file_requests = coalesce(@FileRequests, can_file_requests),
                can_see_documents = coalesce(@SeeDocuments, can_see_documents),
                can_approve = coalesce(@Approve, can_approve),
                can_see_finance = coalesce(@SeeFinance, can_see_finance)
            WHERE company_id = @CompanyId AND employee_id = @EmployeeId
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { CompanyId = companyId, EmployeeId = employeeId, FileRequests = fileRequests, SeeDocuments = seeDocuments, Approve = approve, SeeFinance = seeFinance }, cancellationToken: cancellationToken)) == 1;
    }
}
