using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Catalog;
using Bot.Core.Localization;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;
using Result = Bot.Core.Conversations.FlowResult<Bot.Core.Conversations.RequestFormState>;

namespace Bot.Core.Conversations;

/// <summary>Runs the request form for one update: checks that the user still acts for the draft's company and
/// may order there, reads what the steps need, takes files into the firm's store, applies the pure
/// transition, stores the new state and, on «Отправить», files the task and notifies its assignee — all in
/// the update's transaction.</summary>
public sealed class RequestFormRunner(
    IConversationStore store,
    ICompanyCatalog catalog,
    IWorkCalendarSource calendars,
    IFileIntake intake,
    IRequestSubmitter submitter,
    ITaskQueries tasks,
    AccessPolicy access,
    TimeProvider time)
{
    public async Task<IReadOnlyList<Outgoing>> StartAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (OrderingCompany(caller) is not { } company)
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        var context = await ContextAsync(company, caller, cancellationToken);
        if (context.Services.Count == 0)
        {
            return FlowReplies.End(press, texts.NoServices(company.CompanyName), MenuButtons.BackToMenu(texts));
        }

        var state = RequestForm.Start(company.CompanyId, await store.FirstRevisionAsync(caller.User.Id, press.ChatId, cancellationToken));
        await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), context.Now, cancellationToken);
        return FlowReplies.Show(press, RequestScreens.Render(state, context));
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, RequestFormState state, CancellationToken cancellationToken)
    {
        if (OrderingCompany(caller) is not { } company || company.CompanyId != state.Draft.CompanyId)
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return FlowReplies.End(input, caller.Texts.Form.ServiceGone, MainMenu.For(caller));
        }

        var context = await ContextAsync(company, caller, cancellationToken);
        var (flowInput, refusal) = await InputAsync(input, state, company, context, cancellationToken);
        var result = refusal is not null ? new Result.Refuse(refusal)
            : flowInput is null ? new Result.Stale()
            : RequestForm.Handle(state, flowInput, context);

        switch (result)
        {
            case Result.Moved moved:
                await store.SaveAsync(caller.User.Id, input.ChatId, moved.State.ToStored(), context.Now, cancellationToken);
                return FlowReplies.Show(input, moved.Screen);
            case Result.Refuse refused:
                return FlowReplies.Refuse(input, refused.Notice, RequestScreens.Render(state, context));
            case Result.Ended ended:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return FlowReplies.End(input, ended.Html, MainMenu.For(caller));
            case Result.Finish finish:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return await SubmitAsync(input, caller, finish.State.Draft, context, cancellationToken);
            default:
                return FlowReplies.Stale(input, caller.Texts);
        }
    }

    /// <summary>The flow's input; a file is checked and taken into the store first, or refused with the reason.</summary>
    private async Task<(FlowInput? Input, string? Refusal)> InputAsync(Incoming input, RequestFormState state, Membership company, RequestFormContext context, CancellationToken cancellationToken)
    {
        var form = context.Texts.Form;
        switch (input)
        {
            case IncomingButton press:
                return (FlowButton.Parse(press.Data), null);
            case IncomingText text:
                return (new FlowInput.Typed(text.Text), null);
            case IncomingFile when !RequestForm.TakesFiles(state):
                return (null, form.FilesNotHere);
            case IncomingFile when state.Draft.Files.Count >= AttachmentRules.MaxFilesPerRequest:
                return (null, form.TooManyFiles(AttachmentRules.MaxFilesPerRequest));
            case IncomingFile file:
                var (taken, problem) = await intake.CheckAndTakeAsync(file, company.CompanyId, form, cancellationToken);
                return (taken is null ? null : new FlowInput.FileTaken(taken), problem);
            default:
                return (null, null);
        }
    }

    private async Task<IReadOnlyList<Outgoing>> SubmitAsync(Incoming input, Caller caller, RequestDraft draft, RequestFormContext context, CancellationToken cancellationToken)
    {
        var service = context.Service(draft.ServiceCode)!;
        var request = new NewRequest(
            draft.CompanyId, service.Code, caller.User.Id, caller.User.FirstName, draft.Description!, [.. draft.Files.Select(file => file.Id)],
            draft.Deadline!.Value, context.Earliest(service), context.HardDue(service), context.Now);
        var taskId = await submitter.SubmitAsync(request, cancellationToken);
        var task = taskId is { } id ? await tasks.FindAsync(id, cancellationToken) : null;
        if (task is null)
        {
            return FlowReplies.End(input, caller.Texts.Form.ServiceGone, MainMenu.For(caller));
        }

        var form = caller.Texts.Form;
        var confirmation = task.Status == RequestStatus.Waiting
            ? form.SubmittedWaiting(task.Number, task.WaitsForNumber!.Value)
            : form.Submitted(task.Number, task.Assignee?.Name);
        var replies = FlowReplies.End(input, confirmation, MainMenu.For(caller));
        if (TaskNotices.NewTask(task) is { } card)
        {
            replies.Add(card);
        }

        return replies;
    }

    private async Task<RequestFormContext> ContextAsync(Membership company, Caller caller, CancellationToken cancellationToken) =>
        new(company.CompanyName,
            await catalog.EnabledServicesAsync(company.CompanyId, cancellationToken),
            await calendars.CurrentAsync(cancellationToken),
            time.GetUtcNow(),
            caller.Texts);

    private Membership? OrderingCompany(Caller caller) =>
        caller.Identity.ActingFor is { } company && access.Allows(caller.User.Id, caller.Identity, AccessAction.OrderService, new AccessTarget.Company(company.CompanyId))
            ? company
            : null;
}
