namespace Bot.Core.Filings;

/// <summary>A status a filing reached, when, and the authority's reason if it gave one.</summary>
public sealed record FilingEvent(FilingStatus Status, DateTimeOffset At, string? Reason);
