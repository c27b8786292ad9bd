namespace Bot.Core.Requests;

/// <summary>Everything a task card shows, with who is on each side of it (the client's side: the requester and the followers).</summary>
public sealed record TaskDetails(
    long Id,
    int Number,
    int CompanyId,
    string CompanyName,
    int DepartmentId,
    string ServiceTitle,
    RequestStatus Status,
    long RequesterUserId,
    string RequesterName,
    string? RequesterLanguage,
    string Description,
    DateOnly RequestedDeadline,
    DateOnly PlannedDue,
    DateOnly HardDue,
    DateTimeOffset FiledAt,
    TaskAssignee? Assignee,
    int? WaitsForNumber,
    IReadOnlyList<StoredFileRef> Files,
    IReadOnlyList<TaskEntry> History,
    IReadOnlyList<ChecklistItem> Checklist,
    bool CompanyArchived = false,
    IReadOnlyList<TaskFollower>? Followers = null)
{
    public IReadOnlyList<TaskFollower> Following => Followers ?? [];
}
