using Bot.Core.Requests;

namespace Bot.Core.Filings;

/// <summary>A document of a filing, kept in the firm's store.</summary>
public sealed record FilingDocument(long Id, long FilingId, FilingDocumentKind Kind, StoredFileRef File);
