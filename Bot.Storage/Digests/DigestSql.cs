namespace Bot.Storage.Digests;

/// <summary>The digests' statements, each grouped for all managers at once.</summary>
internal static class DigestSql
{
    private const string TaskDepartment = """
        FROM service_tasks t
        JOIN service_templates st ON st.id = t.template_id
        JOIN catalog_categories c ON c.id = st.category_id
        """;

    public const string Cells = $"""
        SELECT c.department_id, t.company_id,
               count(*) FILTER (WHERE t.created_at >= @From AND t.created_at < @To)::int AS new,
               count(*) FILTER (WHERE t.created_at >= @PreviousFrom AND t.created_at < @From)::int AS new_before,
               count(*) FILTER (WHERE t.status IN ('review', 'accepted') AND t.requested_deadline = @Today::date)::int AS due_today,
               count(*) FILTER (WHERE t.status IN ('review', 'accepted') AND t.requested_deadline = @Next::date)::int AS due_tomorrow,
               count(*) FILTER (WHERE t.status IN ('review', 'accepted') AND t.requested_deadline < @Today::date)::int AS overdue,
               count(*) FILTER (WHERE t.status = 'review')::int AS in_review,
               count(*) FILTER (WHERE t.status = 'accepted')::int AS in_work
        {TaskDepartment}
        GROUP BY c.department_id, t.company_id
        """;

    public const string StatusChanges = $"""
        SELECT c.department_id, t.company_id, e.body, e.created_at >= @From AS this_period, count(*)::int AS count
        FROM task_events e
        JOIN service_tasks t ON t.id = e.task_id
        JOIN service_templates st ON st.id = t.template_id
        JOIN catalog_categories c ON c.id = st.category_id
        WHERE e.kind = 'status' AND e.body IN ('accepted', 'rejected', 'done') AND e.created_at >= @PreviousFrom AND e.created_at < @To
        GROUP BY c.department_id, t.company_id, e.body, e.created_at >= @From
        """;

    public const string Worst = $"""
        SELECT number, department_id, company_id, service_title, deadline FROM (
            SELECT t.number, c.department_id, t.company_id, st.title AS service_title, t.requested_deadline AS deadline,
                   row_number() OVER (PARTITION BY c.department_id ORDER BY t.requested_deadline, t.id) AS in_department,
                   row_number() OVER (PARTITION BY t.company_id ORDER BY t.requested_deadline, t.id) AS in_company
            {TaskDepartment}
            WHERE t.status IN ('review', 'accepted') AND t.requested_deadline < @Today::date) ranked
        WHERE in_department <= @Worst OR in_company <= @Worst
        ORDER BY deadline, number
        """;

    /// <summary>A task counts as overdue on a day from the day after its deadline until it is closed.</summary>
    public const string Trend = $"""
        SELECT c.department_id, d.day, count(*)::int AS count
        {TaskDepartment}
        JOIN unnest(@Days::date[]) AS d (day) ON t.requested_deadline < d.day AND t.created_at < d.day AND (t.closed_at IS NULL OR t.closed_at >= d.day)
        WHERE t.status <> 'waiting'
        GROUP BY c.department_id, d.day
        """;

    public const string Managers = """
        SELECT s.telegram_user_id AS user_id, u.language_code, s.is_admin OR s.telegram_user_id = ANY(@Administrators) AS whole_firm,
               array(SELECT d.id FROM departments d WHERE d.head_staff_id = s.id) AS head_of,
               array(SELECT DISTINCT p.company_id FROM company_projects p JOIN companies co ON co.id = p.company_id AND co.archived_at IS NULL
                     WHERE p.pm_staff_id = s.id) AS pm_of
        FROM staff s
        LEFT JOIN telegram_users u ON u.id = s.telegram_user_id
        WHERE s.telegram_user_id IS NOT NULL AND s.blocked_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM digest_optouts o WHERE o.user_id = s.telegram_user_id)
        UNION ALL
        SELECT u.id, u.language_code, true, '{}'::int[], '{}'::int[]
        FROM telegram_users u
        WHERE u.id = ANY(@Administrators)
          AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.telegram_user_id = u.id)
          AND NOT EXISTS (SELECT 1 FROM digest_optouts o WHERE o.user_id = u.id)
        """;
}
