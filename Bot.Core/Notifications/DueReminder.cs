namespace Bot.Core.Notifications;

/// <summary>A recipient who has not answered a notification in time, to be reminded once.</summary>
public sealed record DueReminder(Notification Notification, AudienceMember Recipient);
