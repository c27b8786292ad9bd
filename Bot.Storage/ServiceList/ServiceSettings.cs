using Bot.Core.Requests;
using Bot.Core.ServiceList;
using Bot.Storage.Connection;

namespace Bot.Storage.ServiceList;

/// <summary>A company's service list for its PMs, in the update's (or the command's) session; every change writes its row
/// of <c>company_service_changes</c> in the same transaction.</summary>
public sealed class ServiceSettings(DbSession session) : IServiceSettings
{
    public async Task<IReadOnlyList<ServiceSetting>> ListAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT t.id AS template_id, c.title AS category_title, t.title, c.department_id, cs.enabled,
                   coalesce(o.full_name, d.full_name) AS responsible,
                   ch.changed_by_name, ch.changed_at, ch.change, chs.full_name AS change_responsible
            FROM company_services cs
            JOIN service_templates t ON t.id = cs.template_id AND t.archived_at IS NULL
            JOIN catalog_categories c ON c.id = t.category_id
            LEFT JOIN staff o ON o.id = cs.responsible_staff_id
            LEFT JOIN staff d ON d.id = t.default_responsible_staff_id
            LEFT JOIN LATERAL (SELECT * FROM company_service_changes x
                               WHERE x.company_id = cs.company_id AND x.template_id = cs.template_id
                               ORDER BY x.id DESC LIMIT 1) ch ON true
            LEFT JOIN staff chs ON chs.id = ch.responsible_staff_id
            WHERE cs.company_id = @CompanyId
            ORDER BY c.position, t.position
            """;
        var rows = await session.QueryAsync<Row>(sql, new { CompanyId = companyId }, cancellationToken);
        return [.. rows.Select(r => new ServiceSetting(r.TemplateId, r.CategoryTitle, r.Title, r.DepartmentId, r.Enabled, r.Responsible,
            r.Change is null ? null : new ServiceChange(r.ChangedByName!, r.ChangedAt!.Value, r.Change, r.ChangeResponsible)))];
    }

    public async Task<bool> SetEnabledAsync(int companyId, int templateId, bool enabled, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH changed AS (
                UPDATE company_services SET enabled = @Enabled
                WHERE company_id = @CompanyId AND template_id = @TemplateId
                RETURNING company_id, template_id)
            INSERT INTO company_service_changes (company_id, template_id, changed_by, changed_by_name, changed_at, change)
            SELECT company_id, template_id, @By, @ByName, @Now, CASE WHEN @Enabled THEN 'on' ELSE 'off' END FROM changed
            """;
        return await session.ExecuteAsync(sql, new { CompanyId = companyId, TemplateId = templateId, Enabled = enabled, By = actor.UserId, ByName = actor.Name, Now = now }, cancellationToken) == 1;
    }

    public async Task<bool> SetResponsibleAsync(int companyId, int templateId, int staffId, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH changed AS (
                UPDATE company_services SET responsible_staff_id = @StaffId
                WHERE company_id = @CompanyId AND template_id = @TemplateId
                RETURNING company_id, template_id)
            INSERT INTO company_service_changes (company_id, template_id, changed_by, changed_by_name, changed_at, change, responsible_staff_id)
            SELECT company_id, template_id, @By, @ByName, @Now, 'responsible', @StaffId FROM changed
            """;
        return await session.ExecuteAsync(sql, new { CompanyId = companyId, TemplateId = templateId, StaffId = staffId, By = actor.UserId, ByName = actor.Name, Now = now }, cancellationToken) == 1;
    }

    private sealed class Row
    {
        public int TemplateId { get; init; }

        public string CategoryTitle { get; init; } = "";

        public string Title { get; init; } = "";

        public int DepartmentId { get; init; }

        public bool Enabled { get; init; }

        public string? Responsible { get; init; }

        public string? ChangedByName { get; init; }

        public DateTimeOffset? ChangedAt { get; init; }

        public string? Change { get; init; }

        public string? ChangeResponsible { get; init; }
    }
}
