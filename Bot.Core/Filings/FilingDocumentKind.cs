namespace Bot.Core.Filings;

/// <summary>A filing's documents: the report itself and what the authority sent back.</summary>
public enum FilingDocumentKind
{
    Report,
    Receipt,
    InputNotice,
    Refusal,
    Protocol,
}
