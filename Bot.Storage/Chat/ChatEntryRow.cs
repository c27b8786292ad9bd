using Bot.Core.Chat;
using Bot.Core.Messaging;
using Bot.Core.Requests;

namespace Bot.Storage.Chat;

/// <summary>A <c>chat_entries</c> row with its file's columns, and how many entries the company has.</summary>
internal sealed record ChatEntryRow(
    long Id, int CompanyId, string Kind, long AuthorUserId, string AuthorName, long? AddresseeUserId, string Body,
    long? FileId, string? FileName, string? MimeType, string? SentAs, string? Sha256, string? TelegramFileId,
    string? Mark, string? Service, decimal? Price, DateTime CreatedAt, long Total)
{
    /// <summary>The columns every query selects, with <c>e</c> the entry and <c>s</c> its stored file.</summary>
    public const string Columns = """
        e.id, e.company_id, e.kind, e.author_user_id, e.author_name, e.addressee_user_id, e.body,
        s.id AS file_id, s.file_name, s.mime_type, s.sent_as, s.sha256, s.telegram_file_id,
        e.mark, e.service, e.price, e.created_at
        """;

    public ChatEntry ToEntry() => new(
        Id, CompanyId, ChatCodes.Kind(Kind), AuthorUserId, AuthorName, AddresseeUserId, Body,
        FileId is { } fileId ? new StoredFileRef(fileId, FileName!, MimeType!, SentAs == "photo" ? FileKind.Photo : FileKind.Document, Sha256!, TelegramFileId) : null,
        ChatCodes.Mark(Mark), Service, Price, new DateTimeOffset(CreatedAt, TimeSpan.Zero));
}
