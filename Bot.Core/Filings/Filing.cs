namespace Bot.Core.Filings;

/// <summary>A report the firm filed for a company: to which authority, for which period, sent when, where it stands,
/// its history (oldest first) and its documents.</summary>
public sealed record Filing(
    long Id,
    int CompanyId,
    string Report,
    string Period,
    string Authority,
    DateTimeOffset SentAt,
    FilingStatus Status,
    DateTimeOffset StatusAt,
    string? Reason,
    IReadOnlyList<FilingEvent> Events,
    IReadOnlyList<FilingDocument> Documents);
