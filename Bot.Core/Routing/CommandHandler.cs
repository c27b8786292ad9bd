using Bot.Core.Access;
using Bot.Core.Firm;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Routing;

/// <summary>The global commands, which work from anywhere.</summary>
public sealed class CommandHandler(IOptions<FirmOptions> firmOptions)
{
    private readonly FirmOptions firm = firmOptions.Value;

    public IReadOnlyList<Outgoing> Handle(long chatId, Caller caller, Command command)
    {
        var texts = caller.Texts;
        return command.Name switch
        {
            "start" => [new SendText(chatId, Greeting(caller), MainMenu.For(caller))],
            "menu" => [new SendText(chatId, texts.MainMenuTitle(firm.Name), MainMenu.For(caller))],
            "help" => [new SendText(chatId, texts.Help, MenuButtons.BackToMenu(texts))],
            "cancel" => [new SendText(chatId, texts.NothingToCancel, MainMenu.For(caller))],
            _ => [new SendText(chatId, texts.UnknownCommand("/" + command.Name))],
        };
    }

    private string Greeting(Caller caller) => caller.Role == Role.Administrator
        ? caller.Texts.GreetingAdministrator(caller.User.FirstName, firm.Name)
        : caller.Texts.GreetingGuest(caller.User.FirstName, firm);
}
