using Bot.Core.Access;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Menus;

/// <summary>What each role finds in the main menu, and who may open which section.</summary>
public static class MainMenu
{
    public static Keyboard For(Caller caller)
    {
        var rows = new List<IReadOnlyList<Button>>();
        if (caller.Identity.ActingFor is not null)
        {
            rows.Add([MenuButtons.For(MenuAction.Order, caller.Texts)]);
            rows.Add([MenuButtons.For(MenuAction.MyRequests, caller.Texts), MenuButtons.For(MenuAction.Documents, caller.Texts)]);
            rows.Add([MenuButtons.For(MenuAction.WriteAccountant, caller.Texts), MenuButtons.For(MenuAction.ChatHistory, caller.Texts)]);
            rows.Add(caller.Identity.ActingFor.CanSeeFinance
                ? [MenuButtons.For(MenuAction.Filings, caller.Texts), MenuButtons.For(MenuAction.Indicators, caller.Texts), MenuButtons.For(MenuAction.Calendar, caller.Texts)]
                : [MenuButtons.For(MenuAction.Filings, caller.Texts), MenuButtons.For(MenuAction.Calendar, caller.Texts)]);
        }

        if (caller.Identity.Memberships.Count > 1)
        {
            rows.Add([MenuButtons.For(MenuAction.SwitchCompany, caller.Texts)]);
        }

        if (caller.Identity.Staff is not null)
        {
            rows.Add([MenuButtons.For(MenuAction.MyTasks, caller.Texts)]);
        }

        if (caller.Identity.Staff?.PmOf.Count > 0 || caller.Role == Role.Administrator)
        {
            rows.Add([MenuButtons.For(MenuAction.Employees, caller.Texts), MenuButtons.For(MenuAction.Services, caller.Texts)]);
        }

        if (caller.Role is Role.Staff or Role.Administrator)
        {
            rows.Add([MenuButtons.For(MenuAction.Clients, caller.Texts), MenuButtons.For(MenuAction.Documents, caller.Texts), MenuButtons.For(MenuAction.Calendar, caller.Texts)]);
            rows.Add([MenuButtons.For(MenuAction.Chats, caller.Texts), MenuButtons.For(MenuAction.Filings, caller.Texts), MenuButtons.For(MenuAction.Indicators, caller.Texts)]);
            rows.Add([MenuButtons.For(MenuAction.NewClient, caller.Texts)]);
        }

        rows.Add([MenuButtons.For(MenuAction.About, caller.Texts), MenuButtons.For(MenuAction.Help, caller.Texts)]);
        if (caller.Role == Role.Administrator)
        {
            rows.Add([MenuButtons.For(MenuAction.Status, caller.Texts), MenuButtons.For(MenuAction.DownloadReport, caller.Texts)]);
        }

        return Keyboard.Of([.. rows]);
    }

    public static bool MayOpen(Caller caller, MenuAction action) => action switch
    {
        MenuAction.Status or MenuAction.DownloadReport => caller.Role == Role.Administrator,
        MenuAction.Order or MenuAction.MyRequests or MenuAction.WriteAccountant or MenuAction.ChatHistory => caller.Identity.ActingFor is not null,
        MenuAction.SwitchCompany => caller.Identity.Memberships.Count > 1,
        MenuAction.Clients or MenuAction.Chats => caller.Role is Role.Staff or Role.Administrator,
        MenuAction.MyTasks => caller.Identity.Staff is not null,
        MenuAction.Employees or MenuAction.Services => caller.Identity.Staff?.PmOf.Count > 0 || caller.Role == Role.Administrator,
        MenuAction.NewClient => caller.Role is Role.Staff or Role.Administrator,
        MenuAction.Documents or MenuAction.Filings or MenuAction.Calendar => caller.Identity.ActingFor is not null || caller.Role is Role.Staff or Role.Administrator,
        MenuAction.Indicators => caller.Identity.ActingFor?.CanSeeFinance == true || caller.Role is Role.Staff or Role.Administrator,
        _ => true,
    };
}
