using Bot.Core.Access;
using Bot.Core.Chat;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;
using Bot.Core.Taxes;
using Microsoft.Extensions.Options;

namespace Bot.Core.Agenda;

/// <summary>«Календарь»: the next 15 days of the company the client acts for, or of a company (or all of them) the
/// staff member serves; its .ics file and personal feed; the agreed events and the tax profile for the firm's side.</summary>
public sealed class CalendarBrowser(
    AgendaBuilder agenda, CalendarAccess access, IClientCompanies companies, ICalendarFile files, ICalendarSubscriptions subscriptions,
    IAgreedEvents events, ITaxProfiles profiles, ICompanyChat chat, EventNotices notices, EventFormRunner form, IOptions<CalendarOptions> options, TimeProvider time)
{
    /// <summary>Deadline buttons under the screen at most.</summary>
    private const int MaxTaskButtons = 8;

    /// <summary>Events listed for moving or cancelling at most.</summary>
    private const int MaxEvents = 20;

    public async Task<IReadOnlyList<Outgoing>> OpenAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!CalendarAccess.IsFirm(caller) && caller.Identity.ActingFor is { } company)
        {
            return await ViewAsync(press, caller, company.CompanyId, cancellationToken);
        }

        var texts = caller.Texts;
        var chooser = await CompanyChooser.ScreenAsync(
            companies, c => CalendarAccess.IsFirm(caller) && access.MayView(caller, c.Id), c => CalendarButtons.Of(ButtonText.Fit(c.Name), 'v', c.Id), texts.Calendar.ChooseCompany, texts, cancellationToken);
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
            's' or 'n' or 'r' => await SubscriptionAsync(press, caller, kind, (int)id, cancellationToken),
            'e' => await EventsAsync(press, caller, (int)id, cancellationToken),
            'a' => access.MayManage(caller, (int)id) && await companies.IsActiveAsync((int)id, cancellationToken)
                ? await form.StartAsync(press, caller, (int)id, null, cancellationToken) : Refused(press, caller),
            'o' or 'x' or 'm' => await EventAsync(press, caller, kind, id, cancellationToken),
            _ => await ProfileAsync(press, caller, kind, numbers, cancellationToken),
        };
    }

    /// <summary>The companies a scope covers and its title; null when the caller may not see it. 0 is "all my companies".</summary>
    public async Task<(IReadOnlyList<ClientCompany> Companies, string Title)?> ScopeAsync(long userId, Identity identity, bool firm, int companyId, Texts texts, CancellationToken cancellationToken)
    {
        var all = await companies.AllAsync(cancellationToken);
        if (companyId == 0)
        {
            var served = all.Where(c => access.MayRead(userId, identity, c.Id)).Take(CompanyChooser.MaxListed).ToList();
            return firm && served.Count > 0 ? (served, texts.Calendar.AllCompanies) : null;
        }

        return all.FirstOrDefault(c => c.Id == companyId) is { } company && access.MayRead(userId, identity, companyId) ? ([company], company.Name) : null;
    }

    private async Task<(IReadOnlyList<ClientCompany> Companies, string Title)?> ScopeAsync(Caller caller, int companyId, CancellationToken cancellationToken) =>
        companyId != 0 && !access.MayView(caller, companyId)
            ? null
            : await ScopeAsync(caller.User.Id, caller.Identity, CalendarAccess.IsFirm(caller), companyId, caller.Texts, cancellationToken);

    private async Task<IReadOnlyList<Outgoing>> ViewAsync(IncomingButton press, Caller caller, int companyId, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(caller, companyId, cancellationToken) is not var (covered, title))
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
        if (await ScopeAsync(caller, companyId, cancellationToken) is not var (covered, title))
        {
            return Refused(press, caller);
        }

        var window = await agenda.BuildAsync(covered, caller.Texts.Calendar, cancellationToken);
        var file = await files.KeepAsync(window.Items, title, cancellationToken);
        return [new AnswerButton(press.CallbackId), new SendFile(press.ChatId, file, caller.Texts.Calendar.FileCaption(title))];
    }

    private async Task<IReadOnlyList<Outgoing>> SubscriptionAsync(IncomingButton press, Caller caller, char kind, int companyId, CancellationToken cancellationToken)
    {
        var texts = caller.Texts.Calendar;
        if (options.Value.PublicUrl.Length == 0)
        {
            return [new AnswerButton(press.CallbackId, texts.SubscriptionOff)];
        }

        if (await ScopeAsync(caller, companyId, cancellationToken) is null)
        {
            return Refused(press, caller);
        }

        int? scope = companyId == 0 ? null : companyId;
        var now = time.GetUtcNow();
        string html;
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
            html = await subscriptions.ActiveSinceAsync(caller.User.Id, scope, cancellationToken) is { } since ? Html.Escape(texts.SubscriptionActive(since)) : Html.Escape(texts.SubscriptionNone);
        }

        var active = kind == 'n' || (kind == 's' && await subscriptions.ActiveSinceAsync(caller.User.Id, scope, cancellationToken) is not null);
        List<Button> actions = active
            ? [CalendarButtons.Of(texts.NewLinkButton, 'n', companyId), CalendarButtons.Of(texts.RevokeButton, 'r', companyId)]
            : [CalendarButtons.Of(texts.NewLinkButton, 'n', companyId)];
        return FlowReplies.Show(press, new Screen(html, Keyboard.Of(actions, [CalendarButtons.Of(caller.Texts.BackButton, 'v', companyId)])));
    }

    private async Task<IReadOnlyList<Outgoing>> EventsAsync(IncomingButton press, Caller caller, int companyId, CancellationToken cancellationToken)
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

    private async Task<IReadOnlyList<Outgoing>> EventAsync(IncomingButton press, Caller caller, char kind, long eventId, CancellationToken cancellationToken)
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

    /// <summary>'p' the regimes, 'g' with employees or not, 'y' saved.</summary>
    private async Task<IReadOnlyList<Outgoing>> ProfileAsync(IncomingButton press, Caller caller, char kind, long[] numbers, CancellationToken cancellationToken)
    {
        var companyId = (int)numbers[0];
        var company = (await companies.AllAsync(cancellationToken)).FirstOrDefault(c => c.Id == companyId);
        var regime = numbers.Length > 1 && numbers[1] < Enum.GetValues<TaxRegime>().Length && Offered(company, (TaxRegime)numbers[1]) ? (TaxRegime?)numbers[1] : null;
        if (company is null || !access.MaySetProfile(caller, companyId) || (kind != 'p' && regime is null) || (kind == 'y' && numbers[2] > 1))
        {
            return Refused(press, caller);
        }

        var texts = caller.Texts.Calendar;
        var name = company.Name;
        var back = CalendarButtons.Of(caller.Texts.BackButton, 'v', companyId);
        if (kind == 'p')
        {
            var current = await profiles.FindAsync(companyId, cancellationToken);
            var regimes = Enum.GetValues<TaxRegime>().Where(r => Offered(company, r)).Select(r => (IReadOnlyList<Button>)[CalendarButtons.Of(texts.RegimeName(r), 'g', companyId, (long)r)]);
            return FlowReplies.Show(press, new Screen(texts.ProfilePrompt(name, current), Keyboard.Of([.. regimes, [back]])));
        }

        if (kind == 'g')
        {
            return FlowReplies.Show(press, new Screen(texts.EmployerPrompt(name, regime!.Value), Keyboard.Of(
                [CalendarButtons.Of(texts.EmployerButton(true), 'y', companyId, (long)regime, 1), CalendarButtons.Of(texts.EmployerButton(false), 'y', companyId, (long)regime, 0)],
                [back])));
        }

        var profile = new TaxProfile(regime!.Value, numbers[2] == 1);
        await profiles.SetAsync(companyId, profile, caller.User.FirstName, time.GetUtcNow(), cancellationToken);
        return FlowReplies.Show(press, new Screen(texts.ProfileSaved(name, profile), Keyboard.Of([CalendarButtons.Of(texts.CalendarButton, 'v', companyId)])));
    }

    /// <summary>ПСН is for entrepreneurs only.</summary>
    private static bool Offered(ClientCompany? company, TaxRegime regime) =>
        regime != TaxRegime.Psn || (company is not null && TaxProfile.PayerOf(company.Inn) == Taxpayer.Entrepreneur);

    private static Button Back(Caller caller) =>
        CalendarAccess.IsFirm(caller) ? CalendarButtons.Of(caller.Texts.BackButton, 'c', 0) : MenuButtons.For(MenuAction.Home, caller.Texts);

    private static List<Outgoing> Refused(IncomingButton press, Caller caller) => [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
}
