namespace Bot.Core.Calendar;

/// <summary>What a production calendar says of a date, with the codes of the public XML calendars
/// (<c>t</c> attribute). A date not listed is a working day from Monday to Friday and a day off on
/// Saturday and Sunday.</summary>
public enum CalendarMark
{
    DayOff = 1,
    Shortened = 2,
    WorkingWeekend = 3,
}
