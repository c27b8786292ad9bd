using Bot.Core.Access;
using Bot.Core.Drive;
using Bot.Core.Chat;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Core.Agenda;

/// <summary>«Календарь»: the next 15 days of the company the client acts for, or of a company (or all of them) the
/// staff member serves; its .ics file and personal feed; the agreed events and the tax profile for the firm's side.</summary>
public sealed class CalendarBrowser(
    AgendaBuilder agenda, CalendarScopes scopes, CalendarAccess access, IClientCompanies companies, ICalendarFile files, ITaxProfiles profiles, ICompanyChat chat,
    CalendarFeedScreens feeds, AgreedEventScreens events, TaxProfileScreens profileScreens, IOptions<CalendarOptions> options, TimeProvider time)
{
    /// <summary>Deadline buttons under the screen at most.</summary>
    private const int MaxTaskButtons = 8;

    public async Task<IReadOnlyList<Outgoing>> OpenAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!DriveAccess.IsFirm(caller) && caller.Identity.ActingFor is { } company)
        {
            return await ViewAsync(press, caller, company.CompanyId, cancellationToken);
        }

        var texts = caller.Texts;
        var chooser = await CompanyChooser.ScreenAsync(
            companies, c => DriveAccess.IsFirm(caller) && access.MayView(caller, c.Id), c => CalendarButtons.Of(ButtonText.Fit(c.Name), 'v', c.Id), texts.Calendar.ChooseCompany, texts, cancellationToken);
        return chooser is null
            ? [new AnswerButton(press.CallbackId, texts.NotAllowed)]
            : FlowReplies.Show(press, chooser with { Keyboard = Keyboard.Of([[CalendarButtons.Of(texts.Calendar.AllCompaniesButton, 'v', 0)], .. chooser.Keyboard.Rows]) });
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!CalendarButtons.TryParse(press.Data, out var kind, out var numbers))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];
        }

        var id = numbers[0];
        return kind switch
        {
            'c' => await OpenAsync(press, caller, cancellationToken),
            'v' => await ViewAsync(press, caller, (int)id, cancellationToken),
            'i' => await FileAsync(press, caller, (int)id, cancellationToken),
            's' or 'n' or 'r' => await feeds.HandleAsync(press, caller, kind, (int)id, cancellationToken),
            'e' => await events.ListAsync(press, caller, (int)id, cancellationToken),
            'a' => await events.AddAsync(press, caller, (int)id, cancellationToken),
            'o' or 'x' or 'm' => await events.HandleAsync(press, caller, kind, id, cancellationToken),
            _ => await profileScreens.HandleAsync(press, caller, kind, numbers, cancellationToken),
        };
    }

    private async Task<IReadOnlyList<Outgoing>> ViewAsync(IncomingButton press, Caller caller, int companyId, CancellationToken cancellationToken)
    {
        if (await scopes.ForAsync(caller, companyId, cancellationToken) is not var (covered, title))
        {
            return Refused(press, caller);
        }

        var texts = caller.Texts;
        var window = await agenda.BuildAsync(covered, texts.Calendar, cancellationToken);
        var rows = new List<IReadOnlyList<Button>>();
        rows.AddRange(window.Items.Where(item => item.TaskId is not null).Take(MaxTaskButtons).Chunk(2)
            .Select(pair => (IReadOnlyList<Button>)[.. pair.Select(item => RequestButtons.Card(ButtonText.Fit("⏰ " + item.Title), item.TaskId!.Value))]));
        rows.Add(options.Value.PublicUrl.Length > 0
            ? [CalendarButtons.Of(texts.Calendar.DownloadButton, 'i', companyId), CalendarButtons.Of(texts.Calendar.SubscribeButton, 's', companyId)]
            : [CalendarButtons.Of(texts.Calendar.DownloadButton, 'i', companyId)]);
        if (companyId != 0 && access.MayManage(caller, companyId))
        {
            rows.Add([CalendarButtons.Of(texts.Calendar.AddEventButton, 'a', companyId), CalendarButtons.Of(texts.Calendar.EventsButton, 'e', companyId)]);
        }

        if (companyId != 0 && access.MaySetProfile(caller, companyId))
        {
            rows.Add([CalendarButtons.Of(texts.Calendar.ProfileButton, 'p', companyId)]);
        }

        rows.Add([Back(caller)]);
        var replies = FlowReplies.Show(press, new Screen(AgendaScreen.Html(window, title, companyId == 0, texts.Calendar), Keyboard.Of([.. rows])));
        if (companyId != 0 && window.WithoutProfile.Count > 0)
        {
            replies.AddRange(await AskForProfileAsync(covered[0], cancellationToken));
        }

        return replies;
    }

    /// <summary>The main PM of a company without a tax profile is asked, once, to set it.</summary>
    private async Task<IReadOnlyList<Outgoing>> AskForProfileAsync(ClientCompany company, CancellationToken cancellationToken)
    {
        var pm = (await chat.PmsAsync(company.Id, cancellationToken)) is [var first, ..] ? first : null;
        if (pm is null || !await profiles.FirstAskAsync(company.Id, time.GetUtcNow(), cancellationToken))
        {
            return [];
        }

        var texts = Texts.For(pm.LanguageCode).Calendar;
        return [new SendText(pm.UserId, texts.ProfileAsk(company.Name), Keyboard.Of([CalendarButtons.Of(texts.ProfileButton, 'p', company.Id)]))];
    }

    private async Task<IReadOnlyList<Outgoing>> FileAsync(IncomingButton press, Caller caller, int companyId, CancellationToken cancellationToken)
    {
        if (await scopes.ForAsync(caller, companyId, cancellationToken) is not var (covered, title))
        {
            return Refused(press, caller);
        }

        var window = await agenda.BuildAsync(covered, caller.Texts.Calendar, cancellationToken);
        var file = await files.KeepAsync(window.Items, title, cancellationToken);
        return [new AnswerButton(press.CallbackId), new SendFile(press.ChatId, file, caller.Texts.Calendar.FileCaption(title))];
    }

    private static Button Back(Caller caller) =>
        DriveAccess.IsFirm(caller) ? CalendarButtons.Of(caller.Texts.BackButton, 'c', 0) : MenuButtons.For(MenuAction.Home, caller.Texts);

    private static List<Outgoing> Refused(IncomingButton press, Caller caller) => [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
}
