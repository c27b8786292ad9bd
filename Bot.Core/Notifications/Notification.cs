using Bot.Core.Requests;

namespace Bot.Core.Notifications;

/// <summary>A notification the firm sent to a company's employees, with each recipient's state.</summary>
public sealed record Notification(
    long Id,
    int CompanyId,
    NotificationKind Kind,
    string Body,
    StoredFileRef? File,
    long CreatedBy,
    string CreatedByName,
    DateTimeOffset CreatedAt,
    IReadOnlyList<NotificationRecipient> Recipients);
