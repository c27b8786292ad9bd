using Bot.Core.Access;
using Bot.Core.Conversations;
using Bot.Core.Digests;
using Bot.Core.Firm;
using Bot.Core.Invites;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Routing;

/// <summary>The global commands, which work from anywhere. <c>/start TOKEN</c> (an invite link) first uses
/// the invite, then greets the user as who they have become.</summary>
public sealed class CommandHandler(IOptions<FirmOptions> firmOptions, IInviteRedeemer invites, IConversationStore conversations, DigestService digests, TimeProvider time)
{
    private readonly FirmOptions firm = firmOptions.Value;

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(long chatId, Caller caller, Command command, Func<Task<Caller>> reidentify, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (command is { Name: "start", Payload.Length: > 0 })
        {
            var outcome = InviteToken.LooksValid(command.Payload)
                ? await invites.RedeemAsync(command.Payload, caller.User, time.GetUtcNow(), cancellationToken)
                : new InviteOutcome.Unknown();
            var joined = outcome is InviteOutcome.JoinedCompany or InviteOutcome.JoinedStaff ? await reidentify() : caller;
            return [new SendText(chatId, texts.InviteResult(outcome), MainMenu.For(joined))];
        }

        if (command.Name == "digest")
        {
            return command.Payload.ToLowerInvariant() switch
            {
                "off" or "on" when caller.Identity.Staff is not null || caller.Role == Role.Administrator =>
                    await digests.SwitchAsync(chatId, caller, command.Payload.Equals("off", StringComparison.OrdinalIgnoreCase), cancellationToken),
                _ => await digests.OnDemandAsync(chatId, caller, cancellationToken),
            };
        }

        // /cancel and /menu leave whatever flow the user is in, from anywhere.
        var left = command.Name is "cancel" or "menu" && await conversations.ClearAsync(caller.User.Id, chatId, cancellationToken);
        if (command.Name is "start" or "menu" && caller.Identity is { ActingFor: null, Memberships.Count: > 1 })
        {
            return [new SendText(chatId, texts.ChooseCompany, CompanySwitcher.Companies(caller))];
        }

        return command.Name switch
        {
            "start" => [new SendText(chatId, Greeting(caller), MainMenu.For(caller))],
            "menu" => [new SendText(chatId, texts.MainMenuTitle(firm.Name), MainMenu.For(caller))],
            "help" => [new SendText(chatId, texts.Help, MenuButtons.BackToMenu(texts))],
            "cancel" => [new SendText(chatId, left ? texts.ActionCancelled : texts.NothingToCancel, MainMenu.For(caller))],
            _ => [new SendText(chatId, texts.UnknownCommand("/" + command.Name))],
        };
    }

    private string Greeting(Caller caller) => caller.Role switch
    {
        Role.Administrator => caller.Texts.GreetingAdministrator(caller.User.FirstName, firm.Name),
        Role.ClientEmployee or Role.Staff => caller.Texts.GreetingMember(caller.User.FirstName, firm.Name, caller.Identity.ActingFor?.CompanyName),
        _ => caller.Texts.GreetingGuest(caller.User.FirstName, firm),
    };
}
