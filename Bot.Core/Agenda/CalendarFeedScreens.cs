using Bot.Core.Access;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Core.Agenda;

/// <summary>«Подписка»: the state of the person's feed for a scope, a new link (which turns the previous one off) and revoking it.</summary>
public sealed class CalendarFeedScreens(CalendarScopes scopes, ICalendarSubscriptions subscriptions, IOptions<CalendarOptions> options, TimeProvider time)
{
    /// <summary>'s' the screen, 'n' a new link, 'r' revoke.</summary>
    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, char kind, int companyId, CancellationToken cancellationToken)
    {
        var texts = caller.Texts.Calendar;
        if (options.Value.PublicUrl.Length == 0)
        {
            return [new AnswerButton(press.CallbackId, texts.SubscriptionOff)];
        }

        if (await scopes.ForAsync(caller, companyId, cancellationToken) is null)
        {
            return Refused(press, caller);
        }

        int? scope = companyId == 0 ? null : companyId;
        var now = time.GetUtcNow();
        string html;
        var active = kind == 'n';
        if (kind == 'n')
        {
            var token = SubscriptionToken.New();
            await subscriptions.CreateAsync(SubscriptionToken.Hash(token), caller.User.Id, scope, caller.User.LanguageCode, now, cancellationToken);
            html = texts.SubscriptionNew($"{options.Value.PublicUrl.TrimEnd('/')}/calendar/{token}.ics");
        }
        else if (kind == 'r')
        {
            await subscriptions.RevokeAsync(caller.User.Id, scope, now, cancellationToken);
            html = Html.Escape(texts.Revoked);
        }
        else
        {
            var since = await subscriptions.ActiveSinceAsync(caller.User.Id, scope, cancellationToken);
            active = since is not null;
            html = Html.Escape(since is { } at ? texts.SubscriptionActive(at) : texts.SubscriptionNone);
        }

        List<Button> actions = active
            ? [CalendarButtons.Of(texts.NewLinkButton, 'n', companyId), CalendarButtons.Of(texts.RevokeButton, 'r', companyId)]
            : [CalendarButtons.Of(texts.NewLinkButton, 'n', companyId)];
        return FlowReplies.Show(press, new Screen(html, Keyboard.Of(actions, [CalendarButtons.Of(caller.Texts.BackButton, 'v', companyId)])));
    }

    private static List<Outgoing> Refused(IncomingButton press, Caller caller) => [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
}
