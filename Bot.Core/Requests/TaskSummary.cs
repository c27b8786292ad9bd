namespace Bot.Core.Requests;

/// <summary>A line of «Мои заявки».</summary>
public sealed record TaskSummary(long Id, int Number, string ServiceTitle, RequestStatus Status, DateOnly RequestedDeadline);
