namespace Bot.Core.Requests;

/// <summary>A line of a task's checklist, fixed when the task was filed, and whether it is ticked.</summary>
public sealed record ChecklistItem(string Text, bool Done);
