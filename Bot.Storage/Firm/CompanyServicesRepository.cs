using Bot.Core.Catalog;
using Dapper;
using Npgsql;

namespace Bot.Storage.Firm;

/// <summary>Each company's own service list, edited per company.</summary>
public sealed class CompanyServicesRepository(NpgsqlDataSource dataSource) : ICompanyCatalog
{
    /// <summary>The company's services still in the catalog, in the catalog's order.</summary>
    public async Task<IReadOnlyList<CompanyService>> ListAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.code AS category_code, c.title AS category_title, t.code, t.title, t.description, t.planned_days, t.hard_days,
                   cs.enabled, coalesce(o.login, d.login) AS responsible, t.file_required
            FROM company_services cs
            JOIN service_templates t ON t.id = cs.template_id AND t.archived_at IS NULL
            JOIN catalog_categories c ON c.id = t.category_id
            LEFT JOIN staff o ON o.id = cs.responsible_staff_id
            LEFT JOIN staff d ON d.id = t.default_responsible_staff_id
            WHERE cs.company_id = @CompanyId
            ORDER BY c.position, t.position
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<CompanyService>(new CommandDefinition(sql, new { CompanyId = companyId }, cancellationToken: cancellationToken))];
    }

    public async Task<IReadOnlyList<CompanyService>> EnabledServicesAsync(int companyId, CancellationToken cancellationToken) =>
        [.. (await ListAsync(companyId, cancellationToken)).Where(service => service.Enabled)];

    /// <summary>Switches a service on or off for the company and, when given, sets who is responsible for it there.</summary>
    public async Task<bool> EditAsync(int companyId, string serviceCode, bool enabled, string? responsibleLogin, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE company_services cs
            SET enabled = @Enabled,
                responsible_staff_id = coalesce((SELECT id FROM staff WHERE login = @Responsible), cs.responsible_staff_id)
            FROM service_templates t
            WHERE cs.company_id = @CompanyId AND cs.template_id = t.id AND t.code = @Code
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { CompanyId = companyId, Code = serviceCode, Enabled = enabled, Responsible = responsibleLogin }, cancellationToken: cancellationToken)) == 1;
    }
}
