namespace Bot.Core.Notifications;

/// <summary>Notifications and their recipients' answers, in the current transaction.</summary>
public interface INotifications
{
    /// <summary>Stores the notification and its recipients; null when one with the same import key exists already.</summary>
    Task<long?> CreateAsync(NewNotification notification, DateTimeOffset now, CancellationToken cancellationToken);

    Task<Notification?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Moves the recipient from «sent» to <paramref name="state"/>; false when they had answered already (or are no recipient).</summary>
    Task<bool> AnswerAsync(long id, long userId, RecipientState state, string? comment, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The company's employees in the bot, by name.</summary>
    Task<IReadOnlyList<AudienceMember>> AudienceAsync(int companyId, CancellationToken cancellationToken);

    /// <summary>A page of the company's notifications, newest first, and how many there are.</summary>
    Task<(IReadOnlyList<NotificationSummary> Page, int Total)> PageAsync(int companyId, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Recipients of notifications sent before <paramref name="sentBefore"/> that await an answer and were not reminded; each is marked reminded.</summary>
    Task<IReadOnlyList<DueReminder>> TakeDueRemindersAsync(DateTimeOffset sentBefore, DateTimeOffset now, CancellationToken cancellationToken);
}
