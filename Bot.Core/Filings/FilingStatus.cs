namespace Bot.Core.Filings;

/// <summary>Where a report stands with the authority, as the filing system reports it.</summary>
public enum FilingStatus
{
    Sent,
    Delivered,
    Accepted,
    Rejected,
    Clarification,
}
