using Bot.Core.Access;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Users;

namespace Bot.Core.Routing;

/// <summary>Turns one incoming update into the bot's replies: it notes the user as seen, resolves who
/// they are, and dispatches — global commands first, then buttons, then whatever else arrived.</summary>
public sealed class UpdateRouter(
    AccessPolicy access,
    IUserActivityStore activity,
    CommandHandler commands,
    MenuButtonHandler menuButtons,
    TimeProvider time)
{
    public async Task<IReadOnlyList<Outgoing>> RouteAsync(Incoming input, CancellationToken cancellationToken)
    {
        await activity.RecordSeenAsync(input.From, time.GetUtcNow(), cancellationToken);
        var caller = new Caller(input.From, access.RoleOf(input.From.Id), Texts.For(input.From.LanguageCode));
        var replies = input switch
        {
            IncomingText text when Command.TryParse(text.Text, out var command) => commands.Handle(text.ChatId, caller, command),
            IncomingText text => [new SendText(text.ChatId, caller.Texts.UnknownText)],
            IncomingButton press => await menuButtons.HandleAsync(press, caller, cancellationToken),
            IncomingFile file => [new SendText(file.ChatId, caller.Texts.FileOutsideFlow)],
            _ => [],
        };
        return replies.SelectMany(MessageSplitter.FitToLimits).ToList();
    }
}
