using Bot.Core.Requests;

namespace Bot.Storage.Requests;

/// <summary>A task's own columns, as <see cref="TaskQueries"/> reads them.</summary>
internal sealed record TaskRow(
    long Id, int Number, int CompanyId, string CompanyName, int DepartmentId, string ServiceTitle, string Status,
    long RequesterUserId, string RequesterName, string? RequesterLanguage,
    string Description, DateOnly RequestedDeadline, DateOnly PlannedDue, DateOnly HardDue, DateTime FiledAt,
    int? AssigneeStaffId, string? AssigneeName, long? AssigneeUserId, string? AssigneeLanguage, int? WaitsForNumber, string[] Checklist, int[] Ticked)
{
    public TaskDetails ToDetails(IReadOnlyList<StoredFileRef> files, IReadOnlyList<TaskEntry> history) => new(
        Id, Number, CompanyId, CompanyName, DepartmentId, ServiceTitle, RequestStatusCodes.Parse(Status), RequesterUserId, RequesterName, RequesterLanguage, Description,
        RequestedDeadline, PlannedDue, HardDue, new DateTimeOffset(FiledAt, TimeSpan.Zero),
        AssigneeStaffId is { } staffId ? new TaskAssignee(staffId, AssigneeName!, AssigneeUserId, AssigneeLanguage) : null,
        WaitsForNumber, files, history, [.. Checklist.Select((text, i) => new ChecklistItem(text, Ticked.Contains(i)))]);
}
