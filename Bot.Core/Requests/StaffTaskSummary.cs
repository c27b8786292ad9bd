namespace Bot.Core.Requests;

/// <summary>A line of «Мои задачи»: the task, its company, and whether its deadline has passed.</summary>
public sealed record StaffTaskSummary(long Id, int Number, string CompanyName, string ServiceTitle, RequestStatus Status, DateOnly RequestedDeadline, bool Overdue);
