using Bot.Core.Requests;
using Bot.Storage.Connection;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Requests;

/// <summary>Files a confirmed request as a task, in the update's transaction. The assignee is the staff member
/// responsible for the service at this company (else the catalog's default, else the PM of the company's
/// project in the service's department, else its main PM, else the department's head), whoever of them is not
/// blocked. A chained service waits for the latest unfinished task of its predecessor at the same company.</summary>
public sealed class RequestSubmitter(DbSession session) : IRequestSubmitter
{
    public async Task<long?> SubmitAsync(NewRequest request, CancellationToken cancellationToken)
    {
        const string service = """
            SELECT t.id AS template_id, t.checklist,
                   (SELECT s.id FROM staff s
                    WHERE s.blocked_at IS NULL
                      AND s.id IN (cs.responsible_staff_id, t.default_responsible_staff_id, p.pm_staff_id, main.pm_staff_id, d.head_staff_id)
                    ORDER BY array_position(ARRAY[cs.responsible_staff_id, t.default_responsible_staff_id, p.pm_staff_id, main.pm_staff_id, d.head_staff_id], s.id)
                    LIMIT 1) AS assignee_staff_id,
                   (SELECT w.id FROM service_tasks w
                    WHERE w.company_id = cs.company_id AND w.template_id = t.waits_for_template_id AND w.status IN ('review', 'waiting', 'accepted')
                    ORDER BY w.id DESC LIMIT 1) AS waits_for_task_id
            FROM company_services cs
            JOIN service_templates t ON t.id = cs.template_id AND t.archived_at IS NULL
            JOIN catalog_categories c ON c.id = t.category_id
            JOIN departments d ON d.id = c.department_id
            LEFT JOIN company_projects p ON p.company_id = cs.company_id AND p.department_id = c.department_id
            LEFT JOIN company_projects main ON main.company_id = cs.company_id AND main.is_main
            WHERE cs.company_id = @CompanyId AND t.code = @ServiceCode AND cs.enabled
            """;
        var found = await session.QuerySingleOrDefaultAsync<ServiceRow>(service, new { request.CompanyId, request.ServiceCode }, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var taskId = await InsertTaskAsync(request, found, cancellationToken);
        RecordFiling(taskId, request, found.WaitsForTaskId);
        return taskId;
    }

    private async Task<long> InsertTaskAsync(NewRequest request, ServiceRow found, CancellationToken cancellationToken)
    {
        const string insert = """
            INSERT INTO service_tasks (company_id, template_id, status, requester_user_id, requester_name, assignee_staff_id, description,
                                       requested_deadline, planned_due, hard_due, waits_for_task_id, checklist, created_at, updated_at)
            VALUES (@CompanyId, @TemplateId, @Status, @RequesterUserId,
                    coalesce((SELECT full_name FROM client_employees WHERE telegram_user_id = @RequesterUserId), @RequesterName),
                    @AssigneeStaffId, @Description, @RequestedDeadline::date, @PlannedDue::date, @HardDue::date, @WaitsForTaskId, @Checklist, @FiledAt, @FiledAt)
            RETURNING id
            """;
        var status = found.WaitsForTaskId is null ? RequestStatus.Review : RequestStatus.Waiting;
        return (await session.QueryAsync<long>(insert, new
        {
            request.CompanyId, found.TemplateId, Status = RequestStatusCodes.Of(status), request.RequesterUserId, request.RequesterName,
            found.AssigneeStaffId, request.Description, RequestedDeadline = Day(request.RequestedDeadline), PlannedDue = Day(request.PlannedDue),
            HardDue = Day(request.HardDue), found.WaitsForTaskId, found.Checklist, request.FiledAt,
        }, cancellationToken)).Single();
    }

    /// <summary>The history's first lines, and the attachments — only files this requester uploaded for this company.
    /// Deferred: they reach the server with the session's next statement (the filed task read back for the
    /// confirmation) rather than in a round trip of their own.</summary>
    private void RecordFiling(long taskId, NewRequest request, long? waitsForTaskId)
    {
        const string history = """
            INSERT INTO task_events (task_id, kind, author_user_id, author_name, body, created_at)
            SELECT @TaskId, 'filed', t.requester_user_id, t.requester_name, '', @FiledAt FROM service_tasks t WHERE t.id = @TaskId
            UNION ALL
            SELECT @TaskId, 'waiting', NULL, NULL, w.number::text, @FiledAt FROM service_tasks w WHERE w.id = @WaitsForTaskId
            """;
        const string attachments = """
            INSERT INTO task_files (task_id, stored_file_id)
            SELECT @TaskId, f.id FROM stored_files f
            WHERE f.id = ANY(@FileIds) AND f.uploaded_by = @RequesterUserId AND f.company_id = @CompanyId
            ON CONFLICT DO NOTHING
            """;
        session.Defer(new NpgsqlBatchCommand(history)
        {
            Parameters =
            {
                BatchParameter.Of("TaskId", taskId, NpgsqlDbType.Bigint),
                BatchParameter.Of("FiledAt", request.FiledAt, NpgsqlDbType.TimestampTz),
                BatchParameter.Of("WaitsForTaskId", waitsForTaskId, NpgsqlDbType.Bigint),
            },
        });
        if (request.FileIds.Count > 0)
        {
            session.Defer(new NpgsqlBatchCommand(attachments)
            {
                Parameters =
                {
                    BatchParameter.Of("TaskId", taskId, NpgsqlDbType.Bigint),
                    BatchParameter.Of("FileIds", request.FileIds.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint),
                    BatchParameter.Of("RequesterUserId", request.RequesterUserId, NpgsqlDbType.Bigint),
                    BatchParameter.Of("CompanyId", request.CompanyId, NpgsqlDbType.Integer),
                },
            });
        }
    }

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    /// <summary>Properties, since Dapper does not match array columns to constructor parameters.</summary>
    private sealed class ServiceRow
    {
        public int TemplateId { get; init; }

        public string[] Checklist { get; init; } = [];

        public int? AssigneeStaffId { get; init; }

        public long? WaitsForTaskId { get; init; }
    }
}
