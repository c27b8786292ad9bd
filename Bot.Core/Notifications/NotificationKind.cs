namespace Bot.Core.Notifications;

/// <summary>What a notification asks of its recipients: nothing, to confirm reading, to open its file, or to approve or decline.</summary>
public enum NotificationKind
{
    Info,
    Read,
    File,
    Approval,
}
