using Bot.Core.Access;
using Bot.Core.Conversations;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;

namespace Bot.Core.Drive;

/// <summary>«Документы»: a company's two folders, a folder's documents newest first (a tap sends the
/// document), «Загрузить сюда» where the user may upload, and «В архив» for the firm. Every listing and
/// download is audited with the action; a refused press is not. An archived company's drive is read-only:
/// nobody uploads to it or archives in it (and so none of its employees is told of anything new).</summary>
public sealed class DriveBrowser(IDrive drive, DriveAccess access, IClientCompanies companies, DriveUploadRunner uploads, TimeProvider time)
{
    public const int PageSize = 8;

    /// <summary>Far beyond any real folder; a forged page number past it is refused, not multiplied into an overflow.</summary>
    private const long MaxPage = 100_000;

    /// <summary>From the main menu: a client's own company; the firm's side chooses a company first.</summary>
    public async Task<IReadOnlyList<Outgoing>> OpenAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!DriveAccess.IsFirm(caller) && caller.Identity.ActingFor is { } company && access.MayOpen(caller, company.CompanyId))
        {
            return Home(press, caller, company.CompanyId, company.CompanyName);
        }

        var chooser = await CompanyChooser.ScreenAsync(
            companies, c => DriveAccess.IsFirm(caller) && access.MayOpen(caller, c.Id), c => DriveButtons.Of(ButtonText.Fit(c.Name), 'h', c.Id), caller.Texts.Drive.ChooseCompany, caller.Texts, cancellationToken);
        return chooser is null ? [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)] : FlowReplies.Show(press, chooser);
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!DriveButtons.TryParse(press.Data, out var kind, out var numbers))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];
        }

        switch (kind)
        {
            case 'c':
                return await OpenAsync(press, caller, cancellationToken);
            case 'h' or 'l' or 'u':
                var companyId = (int)numbers[0];
                var folder = DriveFolder.ForClient;
                if (!access.MayOpen(caller, companyId) || (numbers.Length > 1 && !DriveFolderCodes.TryParseDigit(numbers[1], out folder))
                    || (numbers.Length > 2 && numbers[2] is < 0 or > MaxPage))
                {
                    return [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
                }

                var name = await CompanyNameAsync(companyId, caller, cancellationToken);
                return kind switch
                {
                    'h' => Home(press, caller, companyId, name),
                    'l' => await ListAsync(press, caller, companyId, name, folder, (int)numbers[2], cancellationToken),
                    _ => access.MayUpload(caller, companyId, folder) && await companies.IsActiveAsync(companyId, cancellationToken)
                        ? await uploads.StartAsync(press, caller, companyId, name, folder, cancellationToken)
                        : [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)],
                };
            default:
                return await DocumentAsync(press, caller, kind, numbers[0], cancellationToken);
        }
    }

    private async Task<IReadOnlyList<Outgoing>> DocumentAsync(IncomingButton press, Caller caller, char kind, long documentId, CancellationToken cancellationToken)
    {
        var document = await drive.FindAsync(documentId, cancellationToken);
        if (document is null || !access.MayDownload(caller, document)
            || (kind == 'x' && !(access.MayArchive(caller, document.CompanyId) && await companies.IsActiveAsync(document.CompanyId, cancellationToken))))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
        }

        var actor = new TaskActor(caller.User.Id, caller.User.FirstName);
        if (kind == 'g')
        {
            await drive.RecordDownloadAsync(document, actor, time.GetUtcNow(), cancellationToken);
            return [new AnswerButton(press.CallbackId), new SendFile(press.ChatId, document.File, Html.Escape(caller.Texts.Drive.FolderName(document.Folder)))];
        }

        await drive.ArchiveAsync(document, actor, time.GetUtcNow(), cancellationToken);
        var listed = await ListAsync(press, caller, document.CompanyId, await CompanyNameAsync(document.CompanyId, caller, cancellationToken), document.Folder, 0, cancellationToken);
        return [new AnswerButton(press.CallbackId, caller.Texts.Drive.Archived(document.File.Name)), .. listed.Skip(1)];
    }

    private static List<Outgoing> Home(IncomingButton press, Caller caller, int companyId, string companyName)
    {
        var texts = caller.Texts;
        var back = DriveAccess.IsFirm(caller) ? DriveButtons.Of(texts.BackButton, 'c', 0) : MenuButtons.For(MenuAction.Home, texts);
        return FlowReplies.Show(press, new Screen(texts.Drive.Home(companyName), Keyboard.Of(
            [DriveButtons.Of(texts.Drive.FolderName(DriveFolder.ForClient), 'l', companyId, 0, 0)],
            [DriveButtons.Of(texts.Drive.FolderName(DriveFolder.FromClient), 'l', companyId, 1, 0)],
            [back])));
    }

    private async Task<IReadOnlyList<Outgoing>> ListAsync(IncomingButton press, Caller caller, int companyId, string companyName, DriveFolder folder, int page, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var actor = new TaskActor(caller.User.Id, caller.User.FirstName);
        var found = await drive.ListAsync(companyId, folder, page * PageSize, PageSize, actor, time.GetUtcNow(), cancellationToken);
        var digit = DriveFolderCodes.Digit(folder);
        var active = await companies.IsActiveAsync(companyId, cancellationToken);
        var archive = active && access.MayArchive(caller, companyId);
        var rows = found.Documents.Select(document => (IReadOnlyList<Button>)(archive
            ? [DriveButtons.Of(ButtonText.Fit(texts.Drive.DocumentButton(document)), 'g', document.Id), DriveButtons.Of(texts.Drive.ArchiveButton, 'x', document.Id)]
            : [DriveButtons.Of(ButtonText.Fit(texts.Drive.DocumentButton(document)), 'g', document.Id)])).ToList();
        var pager = Pager.Row(page, PageSize, found.Total, texts.Tasks.PreviousPageButton, texts.Tasks.NextPageButton, (text, to) => DriveButtons.Of(text, 'l', companyId, digit, to));

        List<Button> actions = active && access.MayUpload(caller, companyId, folder) ? [DriveButtons.Of(texts.Drive.UploadButton, 'u', companyId, digit)] : [];
        var html = found.Total == 0
            ? texts.Drive.EmptyFolder(companyName, folder)
            : texts.Drive.Folder(companyName, folder, found.Total, (page * PageSize) + 1, (page * PageSize) + found.Documents.Count);
        return FlowReplies.Show(press, new Screen(html, Keyboard.Of([.. rows, pager, actions, [DriveButtons.Of(texts.BackButton, 'h', companyId)]])));
    }

    private async Task<string> CompanyNameAsync(int companyId, Caller caller, CancellationToken cancellationToken) =>
        caller.Identity.Memberships.FirstOrDefault(m => m.CompanyId == companyId)?.CompanyName
        ?? await companies.NameOfAsync(companyId, cancellationToken);
}
