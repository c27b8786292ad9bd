namespace Bot.Core.Agenda;

/// <summary>Writes calendar items as an iCalendar (RFC 5545) file.</summary>
public interface ICalendarFile
{
    /// <summary>The file's text, the items' times in the firm's time zone.</summary>
    string Write(IReadOnlyList<AgendaItem> items, string calendarName);

    /// <summary>The file kept in the firm's store, ready to be sent.</summary>
    Task<Requests.StoredFileRef> KeepAsync(IReadOnlyList<AgendaItem> items, string calendarName, CancellationToken cancellationToken);
}
