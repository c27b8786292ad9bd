namespace Bot.Core.Notifications;

/// <summary>A notification in a company's list: its kind, the start of its text, and how many recipients have not answered yet.</summary>
public sealed record NotificationSummary(long Id, NotificationKind Kind, string Body, DateTimeOffset CreatedAt, int Recipients, int Waiting);
