namespace Bot.Core.Requests;

public sealed record StaffTaskPage(IReadOnlyList<StaffTaskSummary> Tasks, int Total);
