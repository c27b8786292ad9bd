using Bot.Core.Access;
using Bot.Core.Catalog;
using Bot.Core.Localization;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Users;

namespace Bot.Core.Routing;

/// <summary>Turns one incoming update into the bot's replies: it notes the user as seen, resolves who
/// they are from the directory, and dispatches — global commands first, then buttons, then whatever else
/// arrived.</summary>
public sealed class UpdateRouter(
    AccessPolicy access,
    IIdentityStore identities,
    IUserActivityStore activity,
    CommandHandler commands,
    MenuButtonHandler menuButtons,
    CatalogBrowser catalog,
    CompanySwitcher companies,
    TimeProvider time)
{
    public async Task<IReadOnlyList<Outgoing>> RouteAsync(Incoming input, CancellationToken cancellationToken)
    {
        await activity.RecordSeenAsync(input.From, time.GetUtcNow(), cancellationToken);
        var caller = await CallerAsync(input.From, cancellationToken);
        var replies = input switch
        {
            IncomingText text when Command.TryParse(text.Text, out var command) => await commands.HandleAsync(text.ChatId, caller, command, () => CallerAsync(input.From, cancellationToken), cancellationToken),
            IncomingText text => [new SendText(text.ChatId, caller.Texts.UnknownText)],
            IncomingButton press when CatalogBrowser.Handles(press.Data) => await catalog.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when CompanySwitcher.Handles(press.Data) => await companies.HandleAsync(press, caller, () => CallerAsync(input.From, cancellationToken), cancellationToken),
            IncomingButton press => await menuButtons.HandleAsync(press, caller, cancellationToken),
            IncomingFile file => [new SendText(file.ChatId, caller.Texts.FileOutsideFlow)],
            _ => [],
        };
        return replies.SelectMany(MessageSplitter.FitToLimits).ToList();
    }

    private async Task<Caller> CallerAsync(ChatUser user, CancellationToken cancellationToken)
    {
        var identity = await identities.IdentifyAsync(user.Id, cancellationToken);
        return new Caller(user, access.RoleOf(user.Id, identity), Texts.For(user.LanguageCode), identity);
    }
}
