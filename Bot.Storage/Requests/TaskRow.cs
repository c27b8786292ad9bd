using Bot.Core.Requests;

namespace Bot.Storage.Requests;

/// <summary>A task's own columns, as <see cref="TaskQueries"/> reads them (properties, since Dapper does not
/// match array columns to constructor parameters).</summary>
internal sealed class TaskRow
{
    public long Id { get; init; }

    public int Number { get; init; }

    public int CompanyId { get; init; }

    public string CompanyName { get; init; } = "";

    public int DepartmentId { get; init; }

    public string ServiceTitle { get; init; } = "";

    public string Status { get; init; } = "";

    public long RequesterUserId { get; init; }

    public string RequesterName { get; init; } = "";

    public string? RequesterLanguage { get; init; }

    public string Description { get; init; } = "";

    public DateOnly RequestedDeadline { get; init; }

    public DateOnly PlannedDue { get; init; }

    public DateOnly HardDue { get; init; }

    public DateTime FiledAt { get; init; }

    public int? AssigneeStaffId { get; init; }

    public string? AssigneeName { get; init; }

    public long? AssigneeUserId { get; init; }

    public string? AssigneeLanguage { get; init; }

    public int? WaitsForNumber { get; init; }

    public string[] Checklist { get; init; } = [];

    public int[] Ticked { get; init; } = [];

    public bool CompanyArchived { get; init; }

    public TaskDetails ToDetails(IReadOnlyList<StoredFileRef> files, IReadOnlyList<TaskEntry> history) => new(
        Id, Number, CompanyId, CompanyName, DepartmentId, ServiceTitle, RequestStatusCodes.Parse(Status), RequesterUserId, RequesterName, RequesterLanguage, Description,
        RequestedDeadline, PlannedDue, HardDue, new DateTimeOffset(FiledAt, TimeSpan.Zero),
        AssigneeStaffId is { } staffId ? new TaskAssignee(staffId, AssigneeName!, AssigneeUserId, AssigneeLanguage) : null,
        WaitsForNumber, files, history, [.. Checklist.Select((text, i) => new ChecklistItem(text, Ticked.Contains(i)))], CompanyArchived);
}
