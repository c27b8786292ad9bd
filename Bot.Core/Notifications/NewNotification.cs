using Bot.Core.Requests;

namespace Bot.Core.Notifications;

/// <summary>A notification about to be sent to <see cref="Recipients"/>; an imported one carries its line's id (<see cref="ImportKey"/>).</summary>
public sealed record NewNotification(
    int CompanyId,
    NotificationKind Kind,
    string Body,
    DraftFile? File,
    TaskActor Author,
    IReadOnlyList<AudienceMember> Recipients,
    string? ImportKey = null);
