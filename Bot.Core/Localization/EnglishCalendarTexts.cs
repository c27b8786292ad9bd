using System.Globalization;
using Bot.Core.Agenda;
using Bot.Core.Taxes;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishCalendarTexts : CalendarTexts
{
    public static readonly EnglishCalendarTexts Instance = new();

    private EnglishCalendarTexts()
    {
    }

    public override string CalendarButton => "Calendar";

    public override string ChooseCompany => "Calendar: choose a company.";

    public override string AllCompaniesButton => "All my companies";

    public override string AllCompanies => "All my companies";

    public override string DownloadButton => "📥 Add to my calendar";

    public override string SubscribeButton => "🔗 Subscription";

    public override string AddEventButton => "➕ Add an event";

    public override string EventsButton => "Agreed events";

    public override string ProfileButton => "Tax profile";

    public override string NothingPlanned => "Nothing is planned for the next 15 days.";

    public override string DayOff => "day off";

    public override string NoProfile => "The company has no tax profile yet, so no tax dates are shown.";

    public override string Provisional => "provisional";

    public override string FileCaption(string calendarName) => $"Calendar «{Escape(calendarName)}» for 15 days. Open the file to add the events to your phone's calendar.";

    public override string SubscriptionNew(string url) =>
        $"Your personal calendar link — add it to your phone's calendar (\"Add subscription\" / \"From URL\"):\n<code>{Escape(url)}</code>\n\nDo not forward it. The calendar will keep itself up to date.";

    public override string SubscriptionActive(DateTimeOffset since) =>
        $"Subscribed since {since:dd.MM.yyyy}. A link is shown only once; a new link turns the old one off.";

    public override string SubscriptionNone => "A subscription gives you a personal link your phone's calendar fetches these events from by itself.";

    public override string SubscriptionOff => "Calendar subscriptions are not set up on the server.";

    public override string NewLinkButton => "Get a link";

    public override string RevokeButton => "Turn the subscription off";

    public override string Revoked => "Subscription turned off: the old link no longer works.";

    public override string EventsTitle(string companyName, int count) =>
        count == 0 ? $"<b>Events — {Escape(companyName)}</b>\nNo agreed events." : $"<b>Events — {Escape(companyName)}</b>\nChoose an event to move or cancel it.";

    public override string MoveButton => "Move";

    public override string CancelEventButton => "Cancel the event";

    public override string EventCancelledNotice => "Event cancelled; the client's employees were told.";

    public override string TitlePrompt(string companyName) => $"A new event for {Escape(companyName)}.\nWrite what is agreed (e.g. \"Hand over the month's primary documents\").";

    public override string DatePrompt => "The date and, if needed, the time: DD.MM.YYYY or DD.MM.YYYY HH:MM.";

    public override string BadDate => "That date could not be read. Write e.g. 05.12.2026 or 05.12.2026 10:00.";

    public override string PastDate => "That date has passed. Give today or a later date.";

    public override string TooLong(int max) => $"Too long: {max} characters at most.";

    public override string RepeatPrompt => "Repeat the event?";

    public override string OnceButton => "Once";

    public override string MonthlyDayButton(int day) => $"Monthly, on day {day}";

    public override string MonthlyWorkingDayButton(int number) => $"Monthly, working day {number}";

    public override string NotePrompt => "A note for the client (or \"No note\").";

    public override string NoNoteButton => "No note";

    public override string CreateButton => "Create";

    public override string Summary(string companyName, string eventLine) => $"<b>{Escape(companyName)}</b>\n{Escape(eventLine)}\n\nCreate the event?";

    public override string Created(string companyName, string eventLine, int told) =>
        $"Event created for {Escape(companyName)}:\n{Escape(eventLine)}\nClient employees told: {told}.";

    public override string MovePrompt(string eventLine) => $"{Escape(eventLine)}\n\nThe new date and, if needed, the time: DD.MM.YYYY or DD.MM.YYYY HH:MM.";

    public override string Moved(string eventLine, int told) => $"Event moved:\n{Escape(eventLine)}\nClient employees told: {told}.";

    public override string NewEventNotice(string companyName, string eventLine) => $"📅 <b>New event</b> — {Escape(companyName)}\n{Escape(eventLine)}";

    public override string MovedEventNotice(string companyName, string eventLine) => $"📅 <b>Event moved</b> — {Escape(companyName)}\n{Escape(eventLine)}";

    public override string CancelledEventNotice(string companyName, string eventLine) => $"📅 <b>Event cancelled</b> — {Escape(companyName)}\n<s>{Escape(eventLine)}</s>";

    public override string Reminder(string companyName, DateOnly day, string eventLine) =>
        $"⏰ <b>Reminder</b> — {Escape(companyName)}\n{Escape(day.ToString("dddd d MMMM", Culture))}: {Escape(eventLine)}";

    public override string ProfilePrompt(string companyName, TaxProfile? current) =>
        $"<b>Tax profile — {Escape(companyName)}</b>\n"
        + (current is null ? "Not set." : $"Now: {Escape(RegimeName(current.Regime))}, {(current.Employer ? "with employees" : "no employees")}.")
        + "\nChoose the tax regime.";

    public override string EmployerPrompt(string companyName, TaxRegime regime) => $"<b>{Escape(companyName)}</b>, {Escape(RegimeName(regime))}.\nDoes the company employ people?";

    public override string EmployerButton(bool employer) => employer ? "With employees" : "No employees";

    public override string ProfileSaved(string companyName, TaxProfile profile) =>
        $"Tax profile of {Escape(companyName)}: {Escape(RegimeName(profile.Regime))}, {(profile.Employer ? "with employees" : "no employees")}. Its tax dates are in the calendar now.";

    public override string ProfileAsk(string companyName) =>
        $"{Escape(companyName)} has no tax profile, so its calendar shows no tax dates. Choose its tax regime.";

    public override string RegimeName(TaxRegime regime) => regime switch
    {
        TaxRegime.UsnIncome => "USN \"Income\"",
        TaxRegime.UsnIncomeExpense => "USN \"Income minus expenses\"",
        TaxRegime.Osno => "OSNO (general)",
        TaxRegime.Psn => "PSN (patent)",
        _ => "AUSN (automated)",
    };

    public override string Period(TaxPeriod period) => period.Kind switch
    {
        TaxPeriodKind.Year => $"for {period.Year}",
        TaxPeriodKind.Quarter => $"for Q{period.Number} {period.Year}",
        TaxPeriodKind.HalfYear => $"for H1 {period.Year}",
        TaxPeriodKind.NineMonths => $"for 9 months of {period.Year}",
        _ => $"for {Culture.DateTimeFormat.MonthNames[period.Number - 1]} {period.Year}",
    };

    public override string Repeat(EventRepeat repeat, int number) => repeat switch
    {
        EventRepeat.MonthlyDay => $"monthly, on day {number}",
        EventRepeat.MonthlyWorkingDay => $"monthly, working day {number}",
        _ => "once",
    };

    public override string DeadlineLine(int number, string serviceTitle) => $"Request #{number} due: {serviceTitle}";

    public override string MovedFrom(DateOnly statutory) => $"moved from {statutory:dd.MM}";

    public override string TaxTitle(TaxObligation obligation) => obligation.TitleEnglish;

    protected override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");
}
