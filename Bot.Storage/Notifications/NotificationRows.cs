using Bot.Core.Messaging;
using Bot.Core.Notifications;
using Bot.Core.Requests;

namespace Bot.Storage.Notifications;

/// <summary>A <c>notifications</c> row with its file's columns.</summary>
internal sealed record NotificationRow(
    long Id, int CompanyId, string Kind, string Body, long? FileId, string? FileName, string? MimeType, string? SentAs, string? Sha256, string? TelegramFileId,
    long CreatedBy, string CreatedByName, DateTime CreatedAt)
{
    public const string Select = """
        SELECT n.id, n.company_id, n.kind, n.body, s.id AS file_id, s.file_name, s.mime_type, s.sent_as, s.sha256, s.telegram_file_id,
               n.created_by, n.created_by_name, n.created_at
        FROM notifications n LEFT JOIN stored_files s ON s.id = n.stored_file_id
        """;

    public Notification ToNotification(IReadOnlyList<NotificationRecipient> recipients) => new(
        Id, CompanyId, NotificationCodes.Kind(Kind), Body,
        FileId is { } fileId ? new StoredFileRef(fileId, FileName!, MimeType!, SentAs == "photo" ? FileKind.Photo : FileKind.Document, Sha256!, TelegramFileId) : null,
        CreatedBy, CreatedByName, new DateTimeOffset(CreatedAt, TimeSpan.Zero), recipients);
}

/// <summary>A <c>notification_recipients</c> row.</summary>
internal sealed record RecipientRow(long NotificationId, long UserId, string UserName, string State, DateTime? AnsweredAt, string? Comment)
{
    public NotificationRecipient ToRecipient() => new(
        UserId, UserName, NotificationCodes.State(State), AnsweredAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null, Comment);
}
