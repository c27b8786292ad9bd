using Bot.Core.Access;
using Bot.Core.Chat;
using Bot.Core.Drive;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;

namespace Bot.Core.Conversations;

/// <summary>Uploading into a folder: every file sent is checked, taken into the firm's store, put into the folder
/// and confirmed by name, until «Готово». A file sent outside any flow waits while its sender says where it
/// goes — that folder or the accountant. A document the firm puts into «Данные для клиента» is announced to the company's employees.</summary>
public sealed class DriveUploadRunner(IConversationStore store, IDrive drive, DriveAccess access, IFileIntake intake, IClientCompanies companies, ChatPosting chat, ChatAccess chatAccess, TimeProvider time)
{
    public async Task<IReadOnlyList<Outgoing>> StartAsync(IncomingButton press, Caller caller, int companyId, string companyName, DriveFolder folder, CancellationToken cancellationToken)
    {
        var state = new DriveUploadState(await store.FirstRevisionAsync(caller.User.Id, press.ChatId, cancellationToken), companyId, folder, 0);
        await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        return [new AnswerButton(press.CallbackId), new SendText(press.ChatId, caller.Texts.Drive.UploadPrompt(companyName, folder), Keys(state, caller.Texts))];
    }

    /// <summary>A file outside any flow: a client is asked whether it goes to «Данные от клиента» or to the accountant
    /// (each where their rights allow); the firm's side is told where to upload.</summary>
    public async Task<IReadOnlyList<Outgoing>> StrayAsync(IncomingFile file, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (DriveAccess.IsFirm(caller))
        {
            return [new SendText(file.ChatId, texts.Drive.StrayFileStaff)];
        }

        var company = caller.Identity.ActingFor;
        var (upload, write) = company is null ? (false, false)
            : (access.MayUpload(caller, company.CompanyId, DriveFolder.FromClient), chatAccess.MayWrite(caller, company.CompanyId));
        if (!upload && !write)
        {
            return [new SendText(file.ChatId, texts.FileOutsideFlow)];
        }

        var state = new DriveUploadState(await store.FirstRevisionAsync(caller.User.Id, file.ChatId, cancellationToken), company!.CompanyId, DriveFolder.FromClient, 0, file.File, file.MessageId, file.Caption);
        await store.SaveAsync(caller.User.Id, file.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        var keys = Keyboard.Of(
            upload ? [FlowButton.Of(texts.Drive.FolderName(DriveFolder.FromClient), state.Revision, "put")] : [],
            write ? [FlowButton.Of(texts.Chat.SendButton, state.Revision, "chat")] : [],
            [FlowButton.Of(texts.Form.CancelButton, state.Revision, "cancel")]);
        return [new SendText(file.ChatId, texts.Drive.StrayFile(AttachmentRules.NameOf(file.File, file.MessageId)), keys)];
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, DriveUploadState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var action = input is IncomingButton { Data: var data } ? FlowButton.Parse(data)?.Action : null;
        var toAccountant = state.Pending is not null && action == "chat";
        var allowed = toAccountant ? chatAccess.MayWrite(caller, state.CompanyId) : action is "cancel" or "done" || access.MayUpload(caller, state.CompanyId, state.Folder);
        if (!allowed)
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return FlowReplies.End(input, Html.Escape(texts.NotAllowed), null);
        }

        switch (input)
        {
            case IncomingButton press when FlowButton.Parse(press.Data) is not { } flow || flow.Revision != state.Revision:
                return FlowReplies.Stale(press, texts);
            case IncomingButton press when FlowButton.Parse(press.Data)!.Action == "put" && state.Pending is { } pending:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return await PutAsync(new IncomingFile(press.ChatId, press.From, state.PendingMessageId, pending, null, null), caller, state, press, cancellationToken);
            case IncomingButton press when toAccountant && state.Pending is { } forAccountant:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                var posted = await chat.FromClientAsync(new IncomingFile(press.ChatId, press.From, state.PendingMessageId, forAccountant, state.PendingCaption, null), caller, state.CompanyId, cancellationToken);
                return [.. FlowReplies.End(press, posted.SenderHtml, null), .. posted.Notices];
            case IncomingButton:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return FlowReplies.End(input, state.Count > 0 ? texts.Drive.UploadDone(state.Count, state.Folder) : Html.Escape(texts.ActionCancelled), Back(state, texts));
            case IncomingFile file when state.Pending is null:
                var replies = await PutAsync(file, caller, state, null, cancellationToken);
                await store.SaveAsync(caller.User.Id, input.ChatId, (state with { Count = state.Count + 1 }).ToStored(), time.GetUtcNow(), cancellationToken);
                return replies;
            default:
                return [new SendText(input.ChatId, Html.Escape(texts.Form.UseButtons), Keys(state, texts))];
        }
    }

    private async Task<IReadOnlyList<Outgoing>> PutAsync(IncomingFile file, Caller caller, DriveUploadState state, IncomingButton? press, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var keys = press is null ? Keys(state, texts) : Back(state, texts);
        var (taken, problem) = await intake.CheckAndTakeAsync(file, state.CompanyId, texts.Form, cancellationToken);
        if (taken is null)
        {
            var notice = Html.Escape(problem!);
            return press is null ? [new SendText(file.ChatId, notice, keys)] : FlowReplies.End(press, notice, keys);
        }

        var documentId = await drive.AddAsync(state.CompanyId, state.Folder, taken, new TaskActor(caller.User.Id, caller.User.FirstName), time.GetUtcNow(), cancellationToken);
        var confirmation = texts.Drive.Uploaded(taken.Name, state.Folder);
        var replies = press is null ? [new SendText(file.ChatId, confirmation, keys)] : FlowReplies.End(press, confirmation, keys);
        if (state.Folder == DriveFolder.ForClient)
        {
            var companyName = await companies.NameOfAsync(state.CompanyId, cancellationToken);
            replies.AddRange((await drive.RecipientsAsync(state.CompanyId, cancellationToken)).Select(person =>
            {
                var their = Texts.For(person.LanguageCode);
                return (Outgoing)new SendText(person.UserId, their.Drive.NewDocument(taken.Name, state.Folder, companyName),
                    Keyboard.Of([DriveButtons.Of("📄 " + taken.Name, 'g', documentId)]));
            }));
        }

        return replies;
    }

    private static Keyboard Keys(DriveUploadState state, Texts texts) =>
        Keyboard.Of([FlowButton.Of(texts.Form.DoneButton, state.Revision, "done")]);

    private static Keyboard Back(DriveUploadState state, Texts texts) =>
        Keyboard.Of([DriveButtons.Of(texts.Drive.FolderName(state.Folder), 'l', state.CompanyId, DriveFolderCodes.Digit(state.Folder), 0)]);
}
