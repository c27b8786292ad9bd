using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Conversations;
using Bot.Core.Drive;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Filings;

/// <summary>«Отчётность», read-only: a company's filings, the latest period first; a filing's card with its history
/// and a button per document, sent on a tap (by its Telegram file id while that works, else from the store).
/// Clients see their own company's; the firm's side chooses a company it serves first.</summary>
public sealed class FilingsBrowser(IFilings filings, FilingAccess access, IClientCompanies companies, IWorkCalendarSource calendars)
{
    public const int PageSize = 8;

    private const long MaxPage = 100_000;

    public async Task<IReadOnlyList<Outgoing>> OpenAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!DriveAccess.IsFirm(caller) && caller.Identity.ActingFor is { } company && access.MayView(caller, company.CompanyId))
        {
            return FlowReplies.Show(press, await ListAsync(caller, company.CompanyId, 0, cancellationToken));
        }

        var chooser = await CompanyChooser.ScreenAsync(
            companies, c => DriveAccess.IsFirm(caller) && access.MayView(caller, c.Id), c => FilingButtons.Of(ButtonText.Fit(c.Name), 'l', c.Id, 0), caller.Texts.Filings.ChooseCompany, caller.Texts, cancellationToken);
        return chooser is null ? [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)] : FlowReplies.Show(press, chooser);
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!FilingButtons.TryParse(press.Data, out var kind, out var numbers))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];
        }

        List<Outgoing> refused = [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
        switch (kind)
        {
            case 'c':
                return await OpenAsync(press, caller, cancellationToken);
            case 'l':
                return access.MayView(caller, (int)numbers[0]) && numbers[1] <= MaxPage
                    ? FlowReplies.Show(press, await ListAsync(caller, (int)numbers[0], (int)numbers[1], cancellationToken))
                    : refused;
            case 'f':
                var filing = await filings.FindAsync(numbers[0], cancellationToken);
                return filing is not null && access.MayView(caller, filing.CompanyId)
                    ? FlowReplies.Show(press, await CardAsync(caller, filing, cancellationToken))
                    : refused;
            default:
                var document = await filings.DocumentAsync(numbers[0], cancellationToken);
                var owner = document is null ? null : await filings.FindAsync(document.FilingId, cancellationToken);
                return document is not null && owner is not null && access.MayView(caller, owner.CompanyId)
                    ? [new AnswerButton(press.CallbackId), new SendFile(press.ChatId, document.File, Html.Escape(caller.Texts.Filings.DocumentName(document.Kind)))]
                    : refused;
        }
    }

    /// <summary>A filing's card, as a screen: also what an outcome's notice opens.</summary>
    public async Task<Screen> CardAsync(Caller caller, Filing filing, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var documents = filing.Documents.Select(d => (IReadOnlyList<Button>)[FilingButtons.Of(ButtonText.Fit($"📎 {texts.Filings.DocumentName(d.Kind)} · {d.File.Name}"), 'd', d.Id)]);
        return new Screen(
            texts.Filings.Card(filing, await companies.NameOfAsync(filing.CompanyId, cancellationToken), calendar.ToFirmTime),
            Keyboard.Of([.. documents, [FilingButtons.Of(texts.BackButton, 'l', filing.CompanyId, 0)]]));
    }

    private async Task<Screen> ListAsync(Caller caller, int companyId, int page, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var (found, total) = await filings.PageAsync(companyId, page * PageSize, PageSize, cancellationToken);
        var name = await companies.NameOfAsync(companyId, cancellationToken);
        var html = total == 0 ? texts.Filings.Empty(name) : texts.Filings.List(name, total, (page * PageSize) + 1, (page * PageSize) + found.Count);
        var rows = found.Select(f => (IReadOnlyList<Button>)[FilingButtons.Of(ButtonText.Fit(texts.Filings.ListButton(f)), 'f', f.Id)]);
        var pager = Pager.Row(page, PageSize, total, texts.Tasks.PreviousPageButton, texts.Tasks.NextPageButton, (text, to) => FilingButtons.Of(text, 'l', companyId, to));
        var back = DriveAccess.IsFirm(caller) ? FilingButtons.Of(texts.BackButton, 'c', 0) : MenuButtons.For(MenuAction.Home, texts);
        return new Screen(html, Keyboard.Of([.. rows, pager, [back]]));
    }
}
