namespace Bot.Core.Agenda;

/// <summary>An open request's deadline, as the client asked for it.</summary>
public sealed record TaskDeadline(long TaskId, int Number, int CompanyId, string ServiceTitle, DateOnly Deadline);
