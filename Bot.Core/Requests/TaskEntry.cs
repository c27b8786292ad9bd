namespace Bot.Core.Requests;

/// <summary>A line of a task's history: filed, waiting, a comment (with how many files), a status change.</summary>
public sealed record TaskEntry(DateTimeOffset At, TaskEntryKind Kind, string? AuthorName, string Body, int FileCount);
