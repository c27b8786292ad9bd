using Bot.Core.Filings;

namespace Bot.Host.Filings;

/// <summary>One filing of a manifest, checked.</summary>
internal sealed record ManifestLine(
    int Line, string ExternalId, int CompanyId, string Report, string Period, string Authority, DateTimeOffset SentAt,
    FilingStatus Status, DateTimeOffset StatusAt, string? Reason, IReadOnlyList<ManifestDocument> Documents);
