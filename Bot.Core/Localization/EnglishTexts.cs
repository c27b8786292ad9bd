using System.Globalization;
using Bot.Core.Access;
using Bot.Core.Catalog;
using Bot.Core.Firm;
using Bot.Core.Invites;
using Bot.Core.Users;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishTexts : Texts
{
    public static readonly EnglishTexts Instance = new();

    private EnglishTexts()
    {
    }

    public override RequestFormTexts Form => EnglishRequestFormTexts.Instance;

    public override TaskTexts Tasks => EnglishTaskTexts.Instance;

    public override StaffTexts Staff => EnglishStaffTexts.Instance;

    public override DriveTexts Drive => EnglishDriveTexts.Instance;

    public override DigestTexts Digest => EnglishDigestTexts.Instance;

    public override ChatTexts Chat => EnglishChatTexts.Instance;

    public override NotificationTexts Notifications => EnglishNotificationTexts.Instance;

    public override FilingTexts Filings => EnglishFilingTexts.Instance;

    public override IndicatorTexts Indicators => EnglishIndicatorTexts.Instance;

    public override CalendarTexts Calendar => EnglishCalendarTexts.Instance;

    public override EmployeeTexts Employees => EnglishEmployeeTexts.Instance;

    public override OnboardingTexts Onboarding => EnglishOnboardingTexts.Instance;

    public override ServiceListTexts Services => EnglishServiceListTexts.Instance;

    public override InviteTexts Invites => EnglishInviteTexts.Instance;

    public override string GreetingAdministrator(string firstName, string firmName) =>
        $"Hello, {Escape(firstName)}!\n<b>{Escape(firmName)}</b> — your client cabinet in Telegram. You are the firm's administrator.\n\nChoose a section:";

    public override string GreetingGuest(string firstName, FirmOptions firm) =>
        $"Hello, {Escape(firstName)}!\n<b>{Escape(firm.Name)}</b> — your client cabinet in Telegram: service requests, documents and a line to your accountant.\n\n" +
        "To get access, ask your accountant for an invite link and open it in Telegram." +
        (firm.Phone.Length > 0 ? $"\nFirm's phone: {Escape(firm.Phone)}" : "");

    public override string MainMenuTitle(string firmName) => $"<b>{Escape(firmName)}</b>\nMain menu. Choose a section:";

    public override string Help =>
        "Commands:\n/start — get started\n/menu — main menu\n/help — help\n/cancel — cancel the current action\n/digest — the managers' digest (/digest off turns the morning one off, /digest on back on)";

    public override string UnknownText => "I did not understand that. Open the main menu: /menu, help: /help.";

    public override string UnknownCommand(string command) =>
        $"I do not know the command {Escape(command)}. Available: /start, /menu, /help, /cancel.";

    public override string NothingToCancel => "There is nothing to cancel.";

    public override string ActionCancelled => "Cancelled: what you were filling in was not sent.";

    public override string FileOutsideFlow => "File received, but I have nowhere to keep it yet. Open the main menu: /menu.";

    public override string AboutFirm(FirmOptions firm) =>
        $"<b>{Escape(firm.Name)}</b>\n" +
        (firm.Phone.Length > 0 ? $"Phone: {Escape(firm.Phone)}\n" : "") +
        $"Working hours: Mon–Fri, {firm.WorkdayStart:HH\\:mm}–{firm.WorkdayEnd:HH\\:mm} ({Escape(firm.TimeZone)})";

    public override string Status(UserActivity activity) =>
        $"<b>Bot status</b>\nPeople who wrote to the bot: {activity.UsersTotal}\nIn the last 24 hours: {activity.UsersSince}\nDatabase schema: {Escape(activity.SchemaVersion)}";

    public override string StaleButton => "This button is out of date.";

    public override string NotAllowed => "This action is not available to you.";

    public override string ProcessingFailed => "I could not process your message. Please try again a little later.";

    public override string FileNotDelivered(string fileName) =>
        $"I could not send the file “{Escape(fileName)}”. We know about it; please ask your accountant to send it again.";

    public override string FileDamaged(string fileName) =>
        $"The file “{Escape(fileName)}” was not sent: the firm's stored copy of it is damaged, and we would not send you a broken file. We know about it; please ask your accountant to send it again.";

    public override string TooManyMessages => "Too many messages, please wait a little. Messages sent meanwhile will not be processed.";

    public override string GreetingMember(string firstName, string firmName, string? companyName) =>
        $"Hello, {Escape(firstName)}!\n<b>{Escape(firmName)}</b> — the client cabinet in Telegram." +
        (companyName is null ? "" : $"\nCompany: <b>{Escape(companyName)}</b>.") + "\n\nChoose a section:";

    public override string InviteResult(InviteOutcome outcome) => outcome switch
    {
        InviteOutcome.JoinedCompany joined => $"Done: you are connected to the cabinet of <b>{Escape(joined.CompanyName)}</b>. You can now order services and follow your requests here.\n\nChoose a section:",
        InviteOutcome.JoinedStaff joined => $"Done: {Escape(joined.FullName)}, you are connected as a member of the firm's staff.\n\nChoose a section:",
        InviteOutcome.AlreadyUsed => "This invitation has already been used. Ask your manager for a new link.",
        InviteOutcome.Expired => "This invitation has expired. Ask your manager for a new link.",
        InviteOutcome.Revoked => "This invitation was revoked. Ask your manager for a new link.",
        _ => "This invitation was not found. Check the link or ask your manager for a new one.",
    };

    public override string OrderServiceButton => "Order a service";

    public override string SwitchCompanyButton => "Switch company";

    public override string ClientsButton => "Clients";

    public override string ClientList(IReadOnlyList<ClientCompany> companies) => companies.Count == 0
        ? "You have no clients yet: you are not on any client's project."
        : "<b>Your clients</b>\n\n" + string.Join("\n\n", companies.Take(MaxListed).Select(company =>
            $"• <b>{Escape(company.Name)}</b>, INN {company.Inn}" + (company.Projects.Count == 0 ? "" : "\n" + Escape(string.Join("; ", company.Projects)))))
          + (companies.Count > MaxListed ? $"\n\n… and {companies.Count - MaxListed} more" : "");

    public override string ChooseCompany => "You represent several companies. Choose the one to act for:";

    public override string ActingFor(string firmName, string companyName) =>
        $"<b>{Escape(firmName)}</b> — client cabinet.\nCompany: <b>{Escape(companyName)}</b>.\n\nChoose a section:";

    public override string BackButton => "« Back";

    public override string ChooseCategory(string companyName) => $"Services for <b>{Escape(companyName)}</b>. Choose a section:";

    public override string NoServices(string companyName) =>
        $"No services have been switched on for <b>{Escape(companyName)}</b> yet. Please contact your manager.";

    public override string ServicesOfCategory(string categoryTitle, IReadOnlyList<CompanyService> services) =>
        $"<b>{Escape(categoryTitle)}</b>\n\n" + string.Join("\n\n", services.Select(service =>
            $"• <b>{Escape(service.Title)}</b> — {WorkingDays(service.PlannedDays)}" +
            (service.HardDays > service.PlannedDays ? $", at most {service.HardDays}" : "") +
            (service.Description.Length == 0 ? "" : $"\n{Escape(service.Description.Split('\n')[0])}")));

    public override string WorkingDays(int count) => count == 1 ? "1 working day" : $"{count} working days";

    public override string DeadlineTooShort(int minimumWorkingDays, DateOnly earliest) =>
        $"The deadline is shorter than the service's regulations allow ({WorkingDays(minimumWorkingDays)}). The earliest possible deadline is {Date(earliest)}.";

    public override string DeadlineInThePast(DateOnly earliest) =>
        $"This date has already passed. The earliest possible deadline is {Date(earliest)}.";

    public override string CalendarYearMissing(int year) =>
        $"There is no production calendar for {year}: deadlines in {year} are counted Monday to Friday, without holidays or moved days. " +
        "Load the calendar with <code>calendar import FILE</code>.";

    public override string AboutButton => "About the firm";

    public override string HelpButton => "Help";

    public override string StatusButton => "Bot status";

    public override string BackToMenuButton => "« Main menu";

    public override string CommandStart => "Get started";

    public override string CommandMenu => "Main menu";

    public override string CommandHelp => "Help";

    public override string CommandCancel => "Cancel the current action";

    private static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
