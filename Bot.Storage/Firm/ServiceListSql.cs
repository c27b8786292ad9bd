namespace Bot.Storage.Firm;

/// <summary>The one statement that puts a department's catalog services on a company's list (a project started by command,
/// or an onboarding completed in the bot): services already on it stay as they were.</summary>
internal static class ServiceListSql
{
    /// <summary>Parameters: <c>@CompanyId</c>, <c>@DepartmentId</c>.</summary>
    public const string CopyFromCatalog = """
        INSERT INTO company_services (company_id, template_id)
        SELECT @CompanyId, t.id
        FROM service_templates t
        JOIN catalog_categories c ON c.id = t.category_id
        WHERE c.department_id = @DepartmentId AND t.archived_at IS NULL
        ON CONFLICT DO NOTHING
        """;
}
