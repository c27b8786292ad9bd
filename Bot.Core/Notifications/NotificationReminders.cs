using Bot.Core.Calendar;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Notifications;

/// <summary>Within working hours of a working day: every recipient who has not answered a notification sent
/// <see cref="NotificationOptions.RemindAfter"/> working days ago (or earlier) gets it again, once, marked as a reminder.</summary>
public sealed class NotificationReminders(INotifications notifications, NotificationSender sender, IWorkCalendarSource calendars, IOptions<NotificationOptions> options)
{
    public async Task<IReadOnlyList<Outgoing>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var today = DateOnly.FromDateTime(calendar.ToFirmTime(now).DateTime);
        if (!calendar.IsWorkingDay(today) || now < calendar.StartOfWorkingDay(today) || now >= calendar.EndOfWorkingDay(today))
        {
            return [];
        }

        var replies = new List<Outgoing>();
        foreach (var due in await notifications.TakeDueRemindersAsync(SentBefore(calendar, today, options.Value.RemindAfter), now, cancellationToken))
        {
            var companyName = await sender.CompanyNameAsync(due.Notification.CompanyId, cancellationToken);
            replies.Add(NotificationMessages.For(due.Notification, companyName, due.Recipient, reminder: true));
        }

        return replies;
    }

    /// <summary>The end of the working day <paramref name="days"/> working days before today: what was sent before it has waited that long.</summary>
    public static DateTimeOffset SentBefore(WorkCalendar calendar, DateOnly today, int days)
    {
        var date = today;
        for (var left = days; left > 0;)
        {
            date = date.AddDays(-1);
            left -= calendar.IsWorkingDay(date) ? 1 : 0;
        }

        return calendar.EndOfWorkingDay(date);
    }
}
