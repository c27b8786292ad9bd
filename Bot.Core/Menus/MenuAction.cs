namespace Bot.Core.Menus;

public enum MenuAction
{
    Home,
    About,
    Help,
    Status,
    Order,
    SwitchCompany,
    Clients,
    MyRequests,
    MyTasks,
    Documents,
    DownloadReport,
    WriteAccountant,
    ChatHistory,
    Chats,
    Filings,
    Indicators,
    Calendar,
    Employees,
    NewClient,
    Services,
}
