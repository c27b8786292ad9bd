namespace Bot.Core.Notifications;

/// <summary>When unanswered notifications are chased: a recipient who has not answered after <see cref="RemindAfter"/>
/// working days is reminded once, and the managers' digest counts them.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public int RemindAfter { get; set; } = 2;
}
