using Bot.Core.Access;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Agenda;

/// <summary>The firm's side of a company's agreed events: the list, an event's card, cancelling it (the employees told)
/// and starting the form that adds or moves one.</summary>
public sealed class AgreedEventScreens(IAgreedEvents events, CalendarAccess access, IClientCompanies companies, EventNotices notices, EventFormRunner form, TimeProvider time)
{
    /// <summary>Events listed for moving or cancelling at most.</summary>
    private const int MaxEvents = 20;

    public async Task<IReadOnlyList<Outgoing>> AddAsync(IncomingButton press, Caller caller, int companyId, CancellationToken cancellationToken) =>
        access.MayManage(caller, companyId) && await companies.IsActiveAsync(companyId, cancellationToken)
            ? await form.StartAsync(press, caller, companyId, null, cancellationToken)
            : Refused(press, caller);

    public async Task<IReadOnlyList<Outgoing>> ListAsync(IncomingButton press, Caller caller, int companyId, CancellationToken cancellationToken)
    {
        if (!access.MayManage(caller, companyId) || !await companies.IsActiveAsync(companyId, cancellationToken))
        {
            return Refused(press, caller);
        }

        var texts = caller.Texts.Calendar;
        var live = (await events.ForCompaniesAsync([companyId], cancellationToken)).Take(MaxEvents).ToList();
        var rows = live.Select(agreed => (IReadOnlyList<Button>)[CalendarButtons.Of(ButtonText.Fit($"{CalendarTexts.Date(agreed.StartsOn)} {agreed.Title}"), 'o', agreed.Id)]);
        var name = await companies.NameOfAsync(companyId, cancellationToken);
        return FlowReplies.Show(press, new Screen(texts.EventsTitle(name, live.Count), Keyboard.Of([.. rows, [CalendarButtons.Of(caller.Texts.BackButton, 'v', companyId)]])));
    }

    /// <summary>'o' the card, 'm' move, 'x' cancel.</summary>
    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, char kind, long eventId, CancellationToken cancellationToken)
    {
        var agreed = await events.FindAsync(eventId, cancellationToken);
        if (agreed is null || !access.MayManage(caller, agreed.CompanyId) || !await companies.IsActiveAsync(agreed.CompanyId, cancellationToken))
        {
            return agreed is null ? [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)] : Refused(press, caller);
        }

        var texts = caller.Texts.Calendar;
        if (kind == 'm')
        {
            return await form.StartAsync(press, caller, agreed.CompanyId, agreed, cancellationToken);
        }

        if (kind == 'x')
        {
            if (!await events.CancelAsync(agreed.Id, time.GetUtcNow(), cancellationToken))
            {
                return [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];
            }

            var name = await companies.NameOfAsync(agreed.CompanyId, cancellationToken);
            var told = await notices.ToEmployeesAsync(agreed.CompanyId, t => t.CancelledEventNotice(name, t.EventLine(agreed)), cancellationToken);
            return [.. FlowReplies.Show(press, new Screen(Html.Escape(texts.EventCancelledNotice), Keyboard.Of([CalendarButtons.Of(caller.Texts.BackButton, 'e', agreed.CompanyId)]))), .. told];
        }

        return FlowReplies.Show(press, new Screen(
            Html.Escape(texts.EventLine(agreed)),
            Keyboard.Of(
                [CalendarButtons.Of(texts.MoveButton, 'm', agreed.Id), CalendarButtons.Of(texts.CancelEventButton, 'x', agreed.Id)],
                [CalendarButtons.Of(caller.Texts.BackButton, 'e', agreed.CompanyId)])));
    }

    private static List<Outgoing> Refused(IncomingButton press, Caller caller) => [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
}
