using Bot.Core.Access;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Menus;

/// <summary>What each role finds in the main menu, and who may open which section.</summary>
public static class MainMenu
{
    public static Keyboard For(Caller caller)
    {
        var common = new[] { MenuButtons.For(MenuAction.About, caller.Texts), MenuButtons.For(MenuAction.Help, caller.Texts) };
        return caller.Role == Role.Administrator
            ? Keyboard.Of(common, [MenuButtons.For(MenuAction.Status, caller.Texts)])
            : Keyboard.Of(common);
    }

    public static bool MayOpen(Role role, MenuAction action) => action switch
    {
        MenuAction.Status => role == Role.Administrator,
        _ => true,
    };
}
