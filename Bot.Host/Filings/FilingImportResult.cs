namespace Bot.Host.Filings;

/// <summary>What an import did: filings read, new or moved, documents added, employees' messages written.</summary>
internal sealed record FilingImportResult(int Filings, int Moved, int Documents, int Notices)
{
    public override string ToString() => $"{Filings} filing(s) read: {Moved} new or moved, {Documents} document(s) added, {Notices} notice(s) sent.";
}
