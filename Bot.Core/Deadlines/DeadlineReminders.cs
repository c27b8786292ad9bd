using Bot.Core.Calendar;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Microsoft.Extensions.Options;

namespace Bot.Core.Deadlines;

/// <summary>What deadlines call for now: within working hours of a working day only, the assignee is reminded
/// N working days before the deadline and on its day; an overdue task goes to the company's PM, and after a
/// further number of working days to the department head. Each notice is recorded before it is written, so
/// it goes out once however often this runs. Working days follow the production calendar.</summary>
public sealed class DeadlineReminders(IDeadlineNotices notices, IWorkCalendarSource calendars, IOptions<ReminderOptions> options)
{
    public async Task<IReadOnlyList<Outgoing>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var today = DateOnly.FromDateTime(calendar.ToFirmTime(now).DateTime);
        if (!calendar.IsWorkingDay(today) || now < calendar.StartOfWorkingDay(today) || now >= calendar.EndOfWorkingDay(today))
        {
            return [];
        }

        var settings = options.Value;
        var horizon = calendar.AddWorkingDays(today, settings.WorkingDaysBefore);
        var replies = new List<Outgoing>();
        foreach (var task in await notices.OpenDueByAsync(horizon, cancellationToken))
        {
            foreach (var (kind, to) in Due(task, today, horizon, calendar, settings))
            {
                if (to is not null && !task.Sent.Contains(kind) && await notices.TryRecordAsync(task.TaskId, kind, task.Deadline, now, cancellationToken))
                {
                    replies.Add(Notice(task, kind, to));
                }
            }
        }

        return replies;
    }

    private static IEnumerable<(DeadlineNoticeKind Kind, Recipient? To)> Due(DueTask task, DateOnly today, DateOnly horizon, WorkCalendar calendar, ReminderOptions settings)
    {
        if (task.Deadline == horizon && horizon > today)
        {
            yield return (DeadlineNoticeKind.Before, task.Assignee);
        }
        else if (task.Deadline == today)
        {
            yield return (DeadlineNoticeKind.DueToday, task.Assignee);
        }
        else if (task.Deadline < today)
        {
            yield return (DeadlineNoticeKind.OverduePm, task.Pm);
            if (calendar.CountWorkingDays(task.Deadline, today) > settings.EscalateToHeadAfterWorkingDays)
            {
                yield return (DeadlineNoticeKind.OverdueHead, task.Head);
            }
        }
    }

    private static SendText Notice(DueTask task, DeadlineNoticeKind kind, Recipient to)
    {
        var texts = Texts.For(to.LanguageCode);
        return new SendText(to.UserId, texts.Staff.DeadlineNotice(kind, task),
            Keyboard.Of([TaskButtons.Of(texts.Staff.OpenTaskButton, 'o', task.TaskId)]), task.TaskId);
    }
}
