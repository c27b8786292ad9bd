namespace Bot.Core.Notifications;

/// <summary>One recipient of a notification and their answer, if any.</summary>
public sealed record NotificationRecipient(long UserId, string Name, RecipientState State, DateTimeOffset? AnsweredAt, string? Comment);
