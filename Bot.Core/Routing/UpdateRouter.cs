using Bot.Core.Access;
using Bot.Core.Agenda;
using Bot.Core.Chat;
using Bot.Core.Conversations;
using Bot.Core.Drive;
using Bot.Core.Employees;
using Bot.Core.Filings;
using Bot.Core.Indicators;
using Bot.Core.Invites;
using Bot.Core.Localization;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Notifications;
using Bot.Core.Onboarding;
using Bot.Core.Requests;
using Bot.Core.ServiceList;
using Bot.Core.Users;

namespace Bot.Core.Routing;

/// <summary>Turns one incoming update into the bot's replies: it notes the user as seen, resolves who
/// they are from the directory, and dispatches — global commands first, then buttons, then the flow the user is in, if any.</summary>
public sealed class UpdateRouter(
    AccessPolicy access,
    IIdentityStore identities,
    IUserActivityStore activity,
    CommandHandler commands,
    MenuButtonHandler menuButtons,
    ConversationRouter conversations,
    MyRequests myRequests,
    StaffTasks staffTasks,
    TaskReplies replies,
    DriveBrowser drive,
    DriveUploadRunner uploads,
    ChatBrowser chats,
    ChatReplies chatReplies,
    ChatComposeRunner chatCompose,
    ForumReplies forum,
    NotificationAnswers notifications,
    FilingsBrowser filings,
    IndicatorsBrowser indicators,
    CalendarBrowser calendar,
    EmployeesBrowser employees,
    OnboardingBrowser onboarding,
    ServicesBrowser services,
    InvitesBrowser invites,
    CompanySwitcher companies,
    TimeProvider time)
{
    public async Task<IReadOnlyList<Outgoing>> RouteAsync(Incoming input, CancellationToken cancellationToken)
    {
        await activity.RecordSeenAsync(input.From, time.GetUtcNow(), cancellationToken);
        var caller = await CallerAsync(input.From, cancellationToken);
        if (input.ChatId < 0)
        {
            // A group: only the staff forum's company topics are for the bot.
            return [.. (await forum.HandleAsync(input, caller, cancellationToken)).SelectMany(MessageSplitter.FitToLimits)];
        }

        var outgoing = input switch
        {
            IncomingText text when Command.TryParse(text.Text, out var command) => await commands.HandleAsync(text.ChatId, caller, command, () => CallerAsync(input.From, cancellationToken), cancellationToken),
            IncomingButton press when FlowButton.Handles(press.Data) => await conversations.HandleAsync(press, caller, cancellationToken) ?? [],
            IncomingButton press when RequestButtons.Handles(press.Data) => await myRequests.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when TaskButtons.Handles(press.Data) => await staffTasks.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when DriveButtons.Handles(press.Data) => await drive.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when ChatButtons.Handles(press.Data) => await chats.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when NotificationButtons.Handles(press.Data) => await notifications.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when FilingButtons.Handles(press.Data) => await filings.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when IndicatorButtons.Handles(press.Data) => await indicators.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when CalendarButtons.Handles(press.Data) => await calendar.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when EmployeeButtons.Handles(press.Data) => await employees.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when OnboardingButtons.Handles(press.Data) => await onboarding.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when ServiceButtons.Handles(press.Data) => await services.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when InviteButtons.Handles(press.Data) => await invites.HandleAsync(press, caller, cancellationToken),
            IncomingButton press when CompanySwitcher.Handles(press.Data) => await companies.HandleAsync(press, caller, () => CallerAsync(input.From, cancellationToken), cancellationToken),
            IncomingButton press => await menuButtons.HandleAsync(press, caller, cancellationToken),
            _ => await conversations.HandleAsync(input, caller, cancellationToken)
                ?? await replies.HandleAsync(input, caller, cancellationToken)
                ?? await chatReplies.HandleAsync(input, caller, cancellationToken)
                ?? await chatCompose.OutsideFlowAsync(input, caller, cancellationToken)
                ?? await OutsideFlowAsync(input, caller, cancellationToken),
        };
        return outgoing.SelectMany(MessageSplitter.FitToLimits).ToList();
    }

    /// <summary>A file outside any flow is asked where it goes; any other message (not a client's text, which goes to the accountant) gets the short help.</summary>
    private async Task<IReadOnlyList<Outgoing>> OutsideFlowAsync(Incoming input, Caller caller, CancellationToken cancellationToken) => input is IncomingFile file
        ? await uploads.StrayAsync(file, caller, cancellationToken)
        : [new SendText(input.ChatId, caller.Texts.UnknownText)];

    private async Task<Caller> CallerAsync(ChatUser user, CancellationToken cancellationToken)
    {
        var identity = await identities.IdentifyAsync(user.Id, cancellationToken);
        return new Caller(user, access.RoleOf(user.Id, identity), Texts.For(user.LanguageCode), identity);
    }
}
