using Bot.Core.Filings;

namespace Bot.Storage.Filings;

/// <summary>A filing as the filing system reports it now, to be recorded: new, moved to a status not seen before, or unchanged.</summary>
public sealed record FilingRecord(
    string ExternalId, int CompanyId, string Report, string Period, string Authority, DateTimeOffset SentAt, FilingStatus Status, DateTimeOffset StatusAt, string? Reason);
