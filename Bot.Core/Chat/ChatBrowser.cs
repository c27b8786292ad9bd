using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Conversations;
using Bot.Core.Drive;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Notifications;
using Bot.Core.Routing;

namespace Bot.Core.Chat;

/// <summary>The company chat's screens: «Написать бухгалтеру» and «История переписки» for a client, «Переписка»
/// for the firm (a company, then its history with «Написать клиенту» and «Отметка»); an entry's file sent back on
/// a tap; «Ответить» under a client's message. A press is authorised anew whatever its data says.</summary>
public sealed class ChatBrowser(
    ICompanyChat chat, ChatAccess access, ChatComposeRunner compose, IConversationStore store, IClientCompanies companies, IWorkCalendarSource calendars, TimeProvider time)
{
    public const int PageSize = 6;

    /// <summary>How much of an entry's text the history shows, so that a page stays one message.</summary>
    private const int ShownBody = 400;

    private const long MaxPage = 100_000;

    /// <summary>«Написать бухгалтеру»: the client is told to just write; that they chose to is their agreement.</summary>
    public async Task<IReadOnlyList<Outgoing>> WriteAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (caller.Identity.ActingFor is not { } company || !access.MayWrite(caller, company.CompanyId))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
        }

        await store.ClearAsync(caller.User.Id, press.ChatId, cancellationToken);
        await chat.GiveConsentAsync(caller.User.Id, time.GetUtcNow(), cancellationToken);
        return [new AnswerButton(press.CallbackId), new SendText(press.ChatId, caller.Texts.Chat.WritePrompt(company.CompanyName))];
    }

    /// <summary>From the main menu: a client's own company's history; the firm's side chooses a company first.</summary>
    public async Task<IReadOnlyList<Outgoing>> OpenAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!DriveAccess.IsFirm(caller) && caller.Identity.ActingFor is { } company && access.MayRead(caller, company.CompanyId))
        {
            return FlowReplies.Show(press, await HistoryAsync(caller, company.CompanyId, 0, cancellationToken));
        }

        var chooser = await CompanyChooser.ScreenAsync(
            companies, c => access.MayAnswer(caller, c.Id), c => ChatButtons.Of(ButtonText.Fit(c.Name), 'h', c.Id, 0), caller.Texts.Chat.ChooseCompany, caller.Texts, cancellationToken);
        return chooser is null ? [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)] : FlowReplies.Show(press, chooser);
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (!ChatButtons.TryParse(press.Data, out var kind, out var numbers))
        {
            return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }

        var refused = new List<Outgoing> { new AnswerButton(press.CallbackId, texts.NotAllowed) };
        switch (kind)
        {
            case 'c':
                return await OpenAsync(press, caller, cancellationToken);
            case 'h' or 'o':
                var page = kind == 'h' ? numbers[1] : 0;
                if (!access.MayRead(caller, (int)numbers[0]) || page > MaxPage)
                {
                    return refused;
                }

                var history = await HistoryAsync(caller, (int)numbers[0], (int)page, cancellationToken);
                return kind == 'h' ? FlowReplies.Show(press, history) : [new AnswerButton(press.CallbackId), new SendText(press.ChatId, history.Html, history.Keyboard)];
            case 'f':
                var withFile = await chat.FindAsync(numbers[0], cancellationToken);
                return withFile?.File is { } file && access.MayRead(caller, withFile.CompanyId)
                    ? [new AnswerButton(press.CallbackId), new SendFile(press.ChatId, file)]
                    : refused;
            case 'a':
                var answered = await chat.FindAsync(numbers[0], cancellationToken);
                if (answered is null || !await access.MayAnswerNowAsync(caller, answered.CompanyId, cancellationToken))
                {
                    return refused;
                }

                var companyName = await companies.NameOfAsync(answered.CompanyId, cancellationToken);
                var to = answered.Kind == ChatEntryKind.Client ? PersonName.Brief(answered.AuthorName) : companyName;
                return await compose.StartAsync(press, caller, new ChatComposeState(0, answered.CompanyId, ChatComposeMode.Answer, answered.Id), texts.Chat.AnswerPrompt(to, companyName), cancellationToken);
            default:
                var companyId = (int)numbers[0];
                if (!await access.MayAnswerNowAsync(caller, companyId, cancellationToken) || (kind == 'k' && numbers[1] >= Enum.GetValues<ChatMark>().Length))
                {
                    return refused;
                }

                var name = await companies.NameOfAsync(companyId, cancellationToken);
                return kind switch
                {
                    'w' => await compose.StartAsync(press, caller, new ChatComposeState(0, companyId, ChatComposeMode.Write), texts.Chat.WriteToClientPrompt(name), cancellationToken),
                    'm' => Marks(press, caller, companyId, name),
                    _ => await compose.StartAsync(press, caller, new ChatComposeState(0, companyId, ChatComposeMode.Mark, Mark: (ChatMark)numbers[1]), texts.Chat.MarkPrompt((ChatMark)numbers[1], name), cancellationToken),
                };
        }
    }

    private async Task<Screen> HistoryAsync(Caller caller, int companyId, int page, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var found = await chat.PageAsync(companyId, page * PageSize, PageSize, cancellationToken);
        var name = caller.Identity.Memberships.FirstOrDefault(m => m.CompanyId == companyId)?.CompanyName ?? await companies.NameOfAsync(companyId, cancellationToken);
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var html = found.Total == 0
            ? texts.Chat.EmptyHistory(name)
            : texts.Chat.History(name, found.Total, (page * PageSize) + 1, (page * PageSize) + found.Entries.Count) + "\n\n"
              + string.Join("\n\n", found.Entries.Select(entry => texts.Chat.Entry(entry, calendar.ToFirmTime(entry.CreatedAt), Shorten(entry.Body))));
        var files = found.Entries.Where(entry => entry.File is not null)
            .Select(entry => (IReadOnlyList<Button>)[ChatButtons.Of(ButtonText.Fit(texts.Chat.FileButton(entry.File!.Name)), 'f', entry.Id)]);
        var pager = Pager.Row(page, PageSize, found.Total, texts.Tasks.PreviousPageButton, texts.Tasks.NextPageButton, (text, to) => ChatButtons.Of(text, 'h', companyId, to));
        List<Button> actions = await access.MayAnswerNowAsync(caller, companyId, cancellationToken)
            ? [ChatButtons.Of(texts.Chat.WriteToClientButton, 'w', companyId), ChatButtons.Of(texts.Chat.MarkButton, 'm', companyId)]
            : [];
        List<Button> notices = actions.Count > 0 ? [NotificationButtons.Of(texts.Notifications.ListButton, 'l', companyId, 0)] : [];
        var back = DriveAccess.IsFirm(caller) ? ChatButtons.Of(texts.BackButton, 'c', 0) : MenuButtons.For(MenuAction.Home, texts);
        return new Screen(html, Keyboard.Of([.. files, pager, actions, notices, [back]]));
    }

    private static List<Outgoing> Marks(IncomingButton press, Caller caller, int companyId, string companyName)
    {
        var texts = caller.Texts;
        var rows = Enum.GetValues<ChatMark>().Select(mark => (IReadOnlyList<Button>)[ChatButtons.Of(texts.Chat.MarkName(mark), 'k', companyId, (long)mark)]);
        return FlowReplies.Show(press, new Screen(texts.Chat.MarksTitle(companyName), Keyboard.Of([.. rows, [ChatButtons.Of(texts.BackButton, 'h', companyId, 0)]])));
    }


    private static string Shorten(string body) => body.Length <= ShownBody ? body : body[..(ShownBody - 1)] + "…";
}
