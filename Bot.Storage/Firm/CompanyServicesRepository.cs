using Bot.Core.Catalog;
using Dapper;
using Npgsql;

namespace Bot.Storage.Firm;

/// <summary>Each company's own service list, edited per company.</summary>
public sealed class CompanyServicesRepository(NpgsqlDataSource dataSource) : ICompanyCatalog
{
    /// <summary>Whom the audit names for a change made by command.</summary>
    public const string CommandAuthor = "команда администратора";

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

    /// <summary>Switches a service on or off for the company and, when given, sets who is responsible for it there; what
    /// changed is recorded as a change made by command, as the bot records the PM's.</summary>
    public async Task<bool> EditAsync(int companyId, string serviceCode, bool enabled, string? responsibleLogin, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH target AS (
                SELECT cs.company_id, cs.template_id, cs.enabled, (SELECT id FROM staff WHERE login = @Responsible) AS staff_id
                FROM company_services cs JOIN service_templates t ON t.id = cs.template_id
                WHERE cs.company_id = @CompanyId AND t.code = @Code),
            changed AS (
                UPDATE company_services cs SET enabled = @Enabled, responsible_staff_id = coalesce(target.staff_id, cs.responsible_staff_id)
                FROM target WHERE cs.company_id = target.company_id AND cs.template_id = target.template_id
                RETURNING cs.template_id),
            audit AS (
                INSERT INTO company_service_changes (company_id, template_id, changed_by, changed_by_name, changed_at, change, responsible_staff_id)
                SELECT company_id, template_id, 0, @By, now(), CASE WHEN @Enabled THEN 'on' ELSE 'off' END, NULL FROM target WHERE enabled <> @Enabled
                UNION ALL
                SELECT company_id, template_id, 0, @By, now(), 'responsible', staff_id FROM target WHERE staff_id IS NOT NULL)
            SELECT count(*)::int FROM changed
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new { CompanyId = companyId, Code = serviceCode, Enabled = enabled, Responsible = responsibleLogin, By = CommandAuthor };
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)) == 1;
    }
}
