using Bot.Core.Filings;

namespace Bot.Host.Filings;

/// <summary>A document a manifest line names: its kind, its file name, and how to read its bytes.</summary>
internal sealed record ManifestDocument(FilingDocumentKind Kind, string Name, Func<Stream> Open);
