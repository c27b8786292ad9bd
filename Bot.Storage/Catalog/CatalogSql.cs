namespace Bot.Storage.Catalog;

/// <summary>The statements of <see cref="CatalogRepository"/>, kept apart because they are long.</summary>
internal static class CatalogSql
{
    public const string UpsertCategories = """
        INSERT INTO catalog_categories (code, title, department_id, position, archived_at)
        SELECT c.code, c.title, d.id, c.position, NULL
        FROM unnest(@Codes, @Titles, @Departments, @Positions) AS c(code, title, department, position)
        JOIN departments d ON d.code = c.department
        ON CONFLICT (code) DO UPDATE
        SET title = excluded.title, department_id = excluded.department_id, position = excluded.position, archived_at = NULL
        """;

    // xmax = 0 tells a freshly inserted row from one updated in place.
    public const string UpsertServices = """
        INSERT INTO service_templates (code, category_id, title, description, planned_days, hard_days, file_required,
                                       default_responsible_staff_id, checklist, regulation_links, position, archived_at)
        SELECT s.code, c.id, s.title, s.description, s.planned, s.hard, s.file_required, st.id,
               ARRAY(SELECT jsonb_array_elements_text(s.checklist::jsonb)),
               ARRAY(SELECT jsonb_array_elements_text(s.regulations::jsonb)), s.position, NULL
        FROM unnest(@Codes, @Categories, @Titles, @Descriptions, @Planned, @Hard, @FileRequired, @Responsible, @Checklists, @Regulations, @Positions)
             AS s(code, category, title, description, planned, hard, file_required, responsible, checklist, regulations, position)
        JOIN catalog_categories c ON c.code = s.category
        LEFT JOIN staff st ON st.login = s.responsible
        ON CONFLICT (code) DO UPDATE
        SET category_id = excluded.category_id, title = excluded.title, description = excluded.description,
            planned_days = excluded.planned_days, hard_days = excluded.hard_days, file_required = excluded.file_required,
            default_responsible_staff_id = excluded.default_responsible_staff_id, checklist = excluded.checklist,
            regulation_links = excluded.regulation_links, position = excluded.position, archived_at = NULL
        RETURNING (xmax = 0) AS inserted
        """;

    public const string LinkChains = """
        UPDATE service_templates t
        SET waits_for_template_id = w.id
        FROM unnest(@Codes, @WaitsFor) AS s(code, waits_for)
        LEFT JOIN service_templates w ON w.code = s.waits_for
        WHERE t.code = s.code
        """;

    public const string ArchiveMissingServices = """
        UPDATE service_templates SET archived_at = @Now, waits_for_template_id = NULL
        WHERE archived_at IS NULL AND NOT (code = ANY(@Services))
        """;

    public const string ArchiveMissingCategories = """
        UPDATE catalog_categories SET archived_at = @Now
        WHERE archived_at IS NULL AND NOT (code = ANY(@Categories))
        """;

    public const string Load = """
        SELECT c.code AS category_code, c.title AS category_title, d.code AS department_code,
               t.code, t.title, t.description, t.planned_days, t.hard_days, t.file_required,
               w.code AS waits_for, st.login AS responsible, t.checklist, t.regulation_links
        FROM catalog_categories c
        JOIN departments d ON d.id = c.department_id
        LEFT JOIN service_templates t ON t.category_id = c.id AND t.archived_at IS NULL
        LEFT JOIN service_templates w ON w.id = t.waits_for_template_id
        LEFT JOIN staff st ON st.id = t.default_responsible_staff_id
        WHERE c.archived_at IS NULL
        ORDER BY c.position, t.position
        """;
}
