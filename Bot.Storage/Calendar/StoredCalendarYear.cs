using Bot.Core.Calendar;

namespace Bot.Storage.Calendar;

/// <summary>A calendar year as loaded into the database: where it came from and when.</summary>
public sealed record StoredCalendarYear(CalendarYear Year, string Source, DateTimeOffset ImportedAt);
