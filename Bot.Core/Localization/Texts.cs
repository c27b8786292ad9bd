using Bot.Core.Access;
using Bot.Core.Catalog;
using Bot.Core.Firm;
using Bot.Core.Invites;
using Bot.Core.Users;

namespace Bot.Core.Localization;

/// <summary>Every string the bot shows, once per language: a missing translation does not compile.
/// Arguments are raw values; each text escapes what it inserts.</summary>
public abstract class Texts
{
    /// <summary>Companies named in one list message, so that it stays within Telegram's 4096 characters.</summary>
    protected const int MaxListed = 25;

    public static Texts For(string? telegramLanguageCode) => LanguageOf(telegramLanguageCode) switch
    {
        UiLanguage.English => EnglishTexts.Instance,
        _ => RussianTexts.Instance,
    };

    /// <summary>Russian unless the user's Telegram speaks English: the firm's clients are Russian firms.</summary>
    public static UiLanguage LanguageOf(string? telegramLanguageCode) =>
        telegramLanguageCode is not null && telegramLanguageCode.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? UiLanguage.English
            : UiLanguage.Russian;

    public abstract RequestFormTexts Form { get; }

    public abstract TaskTexts Tasks { get; }

    public abstract StaffTexts Staff { get; }

    public abstract DriveTexts Drive { get; }

    public abstract DigestTexts Digest { get; }

    public abstract ChatTexts Chat { get; }

    public abstract NotificationTexts Notifications { get; }

    public abstract FilingTexts Filings { get; }

    public abstract IndicatorTexts Indicators { get; }

    public abstract CalendarTexts Calendar { get; }

    public abstract EmployeeTexts Employees { get; }

    public abstract OnboardingTexts Onboarding { get; }

    public abstract ServiceListTexts Services { get; }

    public abstract InviteTexts Invites { get; }

    public abstract string GreetingAdministrator(string firstName, string firmName);

    public abstract string GreetingGuest(string firstName, FirmOptions firm);

    /// <summary>A client employee (acting for <paramref name="companyName"/>, when chosen) or a staff member.</summary>
    public abstract string GreetingMember(string firstName, string firmName, string? companyName);

    public abstract string InviteResult(InviteOutcome outcome);

    public abstract string OrderServiceButton { get; }

    public abstract string SwitchCompanyButton { get; }

    public abstract string ClientsButton { get; }

    public abstract string ClientList(IReadOnlyList<ClientCompany> companies);

    public abstract string ChooseCompany { get; }

    public abstract string ActingFor(string firmName, string companyName);

    public abstract string BackButton { get; }

    public abstract string ChooseCategory(string companyName);

    public abstract string NoServices(string companyName);

    public abstract string ServicesOfCategory(string categoryTitle, IReadOnlyList<CompanyService> services);

    public abstract string MainMenuTitle(string firmName);

    public abstract string Help { get; }

    public abstract string UnknownText { get; }

    public abstract string UnknownCommand(string command);

    public abstract string NothingToCancel { get; }

    public abstract string ActionCancelled { get; }

    public abstract string FileOutsideFlow { get; }

    public abstract string AboutFirm(FirmOptions firm);

    public abstract string Status(UserActivity activity);

    public abstract string StaleButton { get; }

    public abstract string NotAllowed { get; }

    public abstract string ProcessingFailed { get; }

    /// <summary>A file the bot could not send (its bytes are missing, Telegram refused it); the firm has the error.</summary>
    public abstract string FileNotDelivered(string fileName);

    /// <summary>The firm's stored copy of a file no longer matches its hash: nothing was sent in its place.</summary>
    public abstract string FileDamaged(string fileName);

    /// <summary>Told once when a user sends faster than the bot takes messages; what follows is not handled.</summary>
    public abstract string TooManyMessages { get; }

    public abstract string WorkingDays(int count);

    public abstract string DeadlineTooShort(int minimumWorkingDays, DateOnly earliest);

    public abstract string DeadlineInThePast(DateOnly earliest);

    public abstract string CalendarYearMissing(int year);

    public abstract string AboutButton { get; }

    public abstract string HelpButton { get; }

    public abstract string StatusButton { get; }

    public abstract string BackToMenuButton { get; }

    public abstract string CommandStart { get; }

    public abstract string CommandMenu { get; }

    public abstract string CommandHelp { get; }

    public abstract string CommandCancel { get; }
}
