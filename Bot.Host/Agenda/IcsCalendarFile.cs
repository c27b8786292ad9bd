using System.Text;
using Bot.Core.Agenda;
using Bot.Core.Firm;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Files;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;

namespace Bot.Host.Agenda;

/// <summary>Calendar items as RFC 5545 text: dates as all-day events, timed events in the firm's time zone (an hour
/// long; the company's name first when the calendar covers several), each with its stable UID and its SEQUENCE, so a calendar app updates what it has instead of adding more.</summary>
internal sealed class IcsCalendarFile(IContentStore store, IOptions<FirmOptions> firm, TimeProvider time) : ICalendarFile
{
    private static readonly TimeSpan EventLength = TimeSpan.FromHours(1);

    public string Write(IReadOnlyList<AgendaItem> items, string calendarName)
    {
        var zone = firm.Value.TimeZone;
        var calendar = new Ical.Net.Calendar { ProductId = "-//BotCabinet//Calendar//RU" };
        calendar.AddProperty("X-WR-CALNAME", $"{firm.Value.Name}: {calendarName}");
        calendar.AddTimeZone(zone);
        var stamp = new CalDateTime(time.GetUtcNow().UtcDateTime, "UTC");
        var several = items.Select(item => item.CompanyId).Distinct().Skip(1).Any();
        foreach (var item in items)
        {
            var start = item.At is { } at ? new CalDateTime(item.Date, at, zone) : new CalDateTime(item.Date);
            var entry = new CalendarEvent
            {
                Uid = item.Uid,
                Sequence = item.Sequence,
                Summary = (several ? $"{item.CompanyName}: " : "") + (item.Kind == AgendaKind.Tax && item.Detail.Length > 0 ? $"{item.Title} — {item.Detail}" : item.Title),
                Description = string.Join("\n", new[] { item.CompanyName, item.Kind == AgendaKind.Tax ? "" : item.Detail, item.Source }.Where(line => line.Length > 0)),
                DtStamp = stamp,
                DtStart = start,
                DtEnd = item.At is null ? new CalDateTime(item.Date.AddDays(1)) : start.Add(Duration.FromTimeSpanExact(EventLength)),
            };
            calendar.Events.Add(entry);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public Task<StoredFileRef> KeepAsync(IReadOnlyList<AgendaItem> items, string calendarName, CancellationToken cancellationToken) =>
        store.KeepAsync(Encoding.UTF8.GetBytes(Write(items, calendarName)), "calendar.ics", "text/calendar", FileKind.Document, cancellationToken);
}
