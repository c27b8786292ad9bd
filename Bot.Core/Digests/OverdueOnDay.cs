namespace Bot.Core.Digests;

/// <summary>How many of a department's tasks were overdue on a day.</summary>
public sealed record OverdueOnDay(int DepartmentId, DateOnly Day, int Count);
