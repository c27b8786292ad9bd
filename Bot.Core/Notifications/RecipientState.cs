namespace Bot.Core.Notifications;

/// <summary>Where a recipient stands with a notification; it leaves <see cref="Sent"/> once.</summary>
public enum RecipientState
{
    Sent,
    Read,
    Opened,
    Approved,
    Declined,
}
