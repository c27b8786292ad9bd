using Bot.Core.Filings;
using Bot.Core.Messaging;
using Bot.Core.Requests;

namespace Bot.Storage.Filings;

/// <summary>A <c>filings</c> row.</summary>
internal sealed record FilingRow(
    long Id, int CompanyId, string Report, string Period, string Authority, DateTime SentAt, string Status, DateTime StatusAt, string? Reason, long Total)
{
    public const string Columns = "f.id, f.company_id, f.report, f.period, f.authority, f.sent_at, f.status, f.status_at, f.reason";

    public Filing ToFiling(IReadOnlyList<FilingEvent> events, IReadOnlyList<FilingDocument> documents) => new(
        Id, CompanyId, Report, Period, Authority, Utc(SentAt), FilingCodes.Status(Status), Utc(StatusAt), Reason, events, documents);

    public static DateTimeOffset Utc(DateTime at) => new(at, TimeSpan.Zero);
}

/// <summary>A <c>filing_documents</c> row with its stored file's columns.</summary>
internal sealed record FilingDocumentRow(long Id, long FilingId, string Kind, long FileId, string FileName, string MimeType, string SentAs, string Sha256, string? TelegramFileId)
{
    public const string Select = """
        SELECT d.id, d.filing_id, d.kind, s.id AS file_id, d.file_name, s.mime_type, s.sent_as, s.sha256, s.telegram_file_id
        FROM filing_documents d JOIN stored_files s ON s.id = d.stored_file_id
        """;

    public FilingDocument ToDocument() => new(
        Id, FilingId, FilingCodes.Kind(Kind), new StoredFileRef(FileId, FileName, MimeType, SentAs == "photo" ? FileKind.Photo : FileKind.Document, Sha256, TelegramFileId));
}
