namespace Bot.Core.Requests;

/// <summary>A request as the client confirmed it, with the SLA dates counted at that moment.</summary>
public sealed record NewRequest(
    int CompanyId,
    string ServiceCode,
    long RequesterUserId,
    string RequesterName,
    string Description,
    IReadOnlyList<long> FileIds,
    DateOnly RequestedDeadline,
    DateOnly PlannedDue,
    DateOnly HardDue,
    DateTimeOffset FiledAt);
