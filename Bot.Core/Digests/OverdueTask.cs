namespace Bot.Core.Digests;

/// <summary>One of the most overdue tasks, named in the digest.</summary>
public sealed record OverdueTask(int Number, int DepartmentId, int CompanyId, string ServiceTitle, DateOnly Deadline);
