using System.Globalization;
using Bot.Core.Agenda;
using Bot.Core.Taxes;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

/// <summary>«Календарь»'s words: the 15 days' screen, the agreed events' form and notices, the tax profile and the feed.</summary>
public abstract class CalendarTexts
{
    public abstract string CalendarButton { get; }

    public abstract string ChooseCompany { get; }

    public abstract string AllCompaniesButton { get; }

    public abstract string AllCompanies { get; }

    public abstract string DownloadButton { get; }

    public abstract string SubscribeButton { get; }

    public abstract string AddEventButton { get; }

    public abstract string EventsButton { get; }

    public abstract string ProfileButton { get; }

    public abstract string NothingPlanned { get; }

    public abstract string DayOff { get; }

    public abstract string NoProfile { get; }

    public abstract string Provisional { get; }

    public abstract string FileCaption(string calendarName);

    public abstract string SubscriptionNew(string url);

    public abstract string SubscriptionActive(DateTimeOffset since);

    public abstract string SubscriptionNone { get; }

    public abstract string SubscriptionOff { get; }

    public abstract string NewLinkButton { get; }

    public abstract string RevokeButton { get; }

    public abstract string Revoked { get; }

    public abstract string EventsTitle(string companyName, int count);

    public abstract string MoveButton { get; }

    public abstract string CancelEventButton { get; }

    public abstract string EventCancelledNotice { get; }

    public abstract string TitlePrompt(string companyName);

    public abstract string DatePrompt { get; }

    public abstract string BadDate { get; }

    public abstract string PastDate { get; }

    public abstract string TooLong(int max);

    public abstract string RepeatPrompt { get; }

    public abstract string OnceButton { get; }

    public abstract string MonthlyDayButton(int day);

    public abstract string MonthlyWorkingDayButton(int number);

    public abstract string NotePrompt { get; }

    public abstract string NoNoteButton { get; }

    public abstract string CreateButton { get; }

    public abstract string Summary(string companyName, string eventLine);

    public abstract string Created(string companyName, string eventLine, int told);

    public abstract string MovePrompt(string eventLine);

    public abstract string Moved(string eventLine, int told);

    public abstract string NewEventNotice(string companyName, string eventLine);

    public abstract string MovedEventNotice(string companyName, string eventLine);

    public abstract string CancelledEventNotice(string companyName, string eventLine);

    public abstract string Reminder(string companyName, DateOnly day, string eventLine);

    public abstract string ProfilePrompt(string companyName, TaxProfile? current);

    public abstract string EmployerPrompt(string companyName, TaxRegime regime);

    public abstract string EmployerButton(bool employer);

    public abstract string ProfileSaved(string companyName, TaxProfile profile);

    public abstract string ProfileAsk(string companyName);

    public abstract string RegimeName(TaxRegime regime);

    public abstract string Period(TaxPeriod period);

    public abstract string Repeat(EventRepeat repeat, int number);

    public abstract string DeadlineLine(int number, string serviceTitle);

    public abstract string MovedFrom(DateOnly statutory);

    protected abstract CultureInfo Culture { get; }

    public string Title(string name, DateOnly from, DateOnly to) =>
        $"📅 <b>{Escape(name)}</b>\n{from.ToString("d MMMM", Culture)} – {to.ToString("d MMMM yyyy", Culture)}";

    public string Day(DateOnly date, bool dayOff) =>
        $"<b>{Escape(date.ToString("ddd, d MMMM", Culture))}</b>" + (dayOff ? $" · <i>{Escape(DayOff)}</i>" : "");

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>An event as one line: date, time, title, how it recurs and the note.</summary>
    public string EventLine(AgreedEvent agreed) =>
        $"{Date(agreed.StartsOn)}{(agreed.At is null ? " — " : " ")}{EventWhat(agreed)}";

    /// <summary>An event without its date: time, title, how it recurs and the note.</summary>
    public string EventWhat(AgreedEvent agreed) =>
        (agreed.At is { } at ? at.ToString("HH:mm", CultureInfo.InvariantCulture) + " — " : "") + agreed.Title
        + (agreed.Repeat == EventRepeat.Once ? "" : $" ({Repeat(agreed.Repeat, agreed.RepeatNumber)})")
        + (agreed.Note.Length > 0 ? $"\n{agreed.Note}" : "");

    /// <summary>A tax item's title in this language.</summary>
    public abstract string TaxTitle(TaxObligation obligation);
}
