using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Menus;

/// <summary>The main menu's buttons and their callback data ("m:about"). Data coming back is parsed
/// strictly: anything else is a stale or forged button.</summary>
public static class MenuButtons
{
    private const string Prefix = "m:";

    private static readonly Dictionary<string, MenuAction> Actions = Enum.GetValues<MenuAction>()
        .ToDictionary(action => Prefix + action.ToString().ToLowerInvariant());

    public static bool TryParse(string data, out MenuAction action) => Actions.TryGetValue(data, out action);

    public static Button For(MenuAction action, Texts texts, string? title = null) => new(title ?? TitleOf(action, texts), Prefix + action.ToString().ToLowerInvariant());

    public static Keyboard BackToMenu(Texts texts) => Keyboard.Of([For(MenuAction.Home, texts)]);

    private static string TitleOf(MenuAction action, Texts texts) => action switch
    {
        MenuAction.Home => texts.BackToMenuButton,
        MenuAction.About => texts.AboutButton,
        MenuAction.Help => texts.HelpButton,
        MenuAction.Status => texts.StatusButton,
        MenuAction.Order => texts.OrderServiceButton,
        MenuAction.SwitchCompany => texts.SwitchCompanyButton,
        MenuAction.Clients => texts.ClientsButton,
        MenuAction.MyRequests => texts.Tasks.MyRequestsButton,
        MenuAction.MyTasks => texts.Staff.MyTasksButton,
        MenuAction.Documents => texts.Drive.DocumentsButton,
        MenuAction.DownloadReport => texts.Drive.ReportButton,
        MenuAction.WriteAccountant => texts.Chat.WriteButton,
        MenuAction.ChatHistory => texts.Chat.HistoryButton,
        MenuAction.Chats => texts.Chat.ChatsButton,
        MenuAction.Filings => texts.Filings.FilingsButton,
        MenuAction.Indicators => texts.Indicators.IndicatorsButton,
        MenuAction.Calendar => texts.Calendar.CalendarButton,
        MenuAction.Employees => texts.Employees.EmployeesButton,
        MenuAction.Services => texts.Services.ServicesButton,
        MenuAction.NewClient => texts.Onboarding.NewClientButton,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
