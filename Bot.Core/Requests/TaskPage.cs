namespace Bot.Core.Requests;

/// <summary>One page of a company's tasks, newest first, and how many there are in all.</summary>
public sealed record TaskPage(IReadOnlyList<TaskSummary> Tasks, int Total);
