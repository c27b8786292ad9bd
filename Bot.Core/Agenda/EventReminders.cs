using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Messaging;

namespace Bot.Core.Agenda;

/// <summary>Within working hours of a working day: every agreed event falling after today up to the next working day
/// is reminded to the company's employees, once per occurrence whichever instance runs it.</summary>
public sealed class EventReminders(IAgreedEvents events, EventNotices notices, IClientCompanies companies, IWorkCalendarSource calendars)
{
    public async Task<IReadOnlyList<Outgoing>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var today = DateOnly.FromDateTime(calendar.ToFirmTime(now).DateTime);
        if (!calendar.IsWorkingDay(today) || now < calendar.StartOfWorkingDay(today) || now >= calendar.EndOfWorkingDay(today))
        {
            return [];
        }

        var clients = (await companies.AllAsync(cancellationToken)).ToDictionary(company => company.Id, company => company.Name);
        var live = (await events.ForCompaniesAsync(clients.Keys, cancellationToken)).ToDictionary(agreed => agreed.Id);
        var coming = live.Values
            .SelectMany(agreed => EventOccurrences.Between(agreed, today.AddDays(1), calendar.AddWorkingDays(today, 1), calendar).Select(date => (agreed.Id, date)))
            .ToList();
        var replies = new List<Outgoing>();
        foreach (var (eventId, date) in await events.RecordRemindersAsync(coming, now, cancellationToken))
        {
            var agreed = live[eventId];
            replies.AddRange(await notices.ToEmployeesAsync(
                agreed.CompanyId, texts => texts.Reminder(clients[agreed.CompanyId], date, texts.EventWhat(agreed)), cancellationToken));
        }

        return replies;
    }
}
