namespace Bot.Core.Requests;

/// <summary>A staff member a task may be handed to.</summary>
public sealed record StaffChoice(int StaffId, string Name);
