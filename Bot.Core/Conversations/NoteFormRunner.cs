using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;
using Result = Bot.Core.Conversations.FlowResult<Bot.Core.Conversations.NoteFormState>;

namespace Bot.Core.Conversations;

/// <summary>Runs a note on a task — a comment, a rejection's reason, a completion's result — for one update.
/// Every input re-checks on the server that the user may still do it and that the task is still in the
/// status it needs; files are taken into the firm's store; the finished note is saved and its notices are
/// written with it (<see cref="TaskOutcomes"/>).</summary>
public sealed class NoteFormRunner(
    IConversationStore store, ITaskQueries tasks, IFileIntake intake, TaskAccess access, TaskOutcomes outcomes, TimeProvider time)
{
    public async Task<IReadOnlyList<Outgoing>> StartAsync(IncomingButton press, Caller caller, TaskDetails task, NotePurpose purpose, CancellationToken cancellationToken)
    {
        var state = NoteForm.Start(task.Id, task.Number, purpose, await store.FirstRevisionAsync(caller.User.Id, press.ChatId, cancellationToken));
        await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        var screen = NoteForm.Render(state, caller.Texts);
        return [new AnswerButton(press.CallbackId), new SendText(press.ChatId, screen.Html, screen.Keyboard)];
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, NoteFormState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var task = await tasks.FindAsync(state.TaskId, cancellationToken);
        var refusal = task is null ? texts.NotAllowed : Refusal(caller, task, state.Purpose);
        if (task is null || refusal is not null)
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return FlowReplies.End(input, Html.Escape(refusal!), null);
        }

        var (flowInput, problem) = await InputAsync(input, state, task, texts, cancellationToken);
        var result = problem is not null ? new Result.Refuse(problem)
            : flowInput is null ? new Result.Stale()
            : NoteForm.Handle(state, flowInput, texts);
        switch (result)
        {
            case Result.Moved moved:
                await store.SaveAsync(caller.User.Id, input.ChatId, moved.State.ToStored(), time.GetUtcNow(), cancellationToken);
                return FlowReplies.Show(input, moved.Screen);
            case Result.Refuse refused:
                return FlowReplies.Refuse(input, refused.Notice, NoteForm.Render(state, texts));
            case Result.Ended ended:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return FlowReplies.End(input, ended.Html, BackToTask(caller, task));
            case Result.Finish finish:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return await FinishAsync(input, caller, task, finish.State, cancellationToken);
            default:
                return FlowReplies.Stale(input, texts);
        }
    }

    /// <summary>A Telegram reply to a message about a task: its text is a comment on that task.</summary>
    public async Task<IReadOnlyList<Outgoing>> CommentByReplyAsync(IncomingText text, Caller caller, TaskDetails task, CancellationToken cancellationToken)
    {
        var state = NoteForm.Start(task.Id, task.Number, NotePurpose.Comment, revision: 1); // finishes at once: no buttons
        if (Refusal(caller, task, NotePurpose.Comment) is { } refusal)
        {
            return [new SendText(text.ChatId, Html.Escape(refusal))];
        }

        return NoteForm.Handle(state, new FlowInput.Typed(text.Text), caller.Texts) switch
        {
            Result.Finish finish => await FinishAsync(text, caller, task, finish.State, cancellationToken),
            Result.Refuse refused => [new SendText(text.ChatId, Html.Escape(refused.Notice))],
            _ => [],
        };
    }

    /// <summary>Why the user may not go on with this note now, or null.</summary>
    private string? Refusal(Caller caller, TaskDetails task, NotePurpose purpose) => purpose switch
    {
        NotePurpose.Comment => access.MayComment(caller, task) ? null : caller.Texts.NotAllowed,
        _ when !access.MayWork(caller, task) => caller.Texts.NotAllowed,
        NotePurpose.Reject when task.Status != RequestStatus.Review => caller.Texts.Staff.Already(task.Status),
        NotePurpose.Complete when task.Status != RequestStatus.Accepted => caller.Texts.Staff.Already(task.Status),
        _ => null,
    };

    private async Task<(FlowInput? Input, string? Problem)> InputAsync(Incoming input, NoteFormState state, TaskDetails task, Texts texts, CancellationToken cancellationToken)
    {
        switch (input)
        {
            case IncomingButton press:
                return (FlowButton.Parse(press.Data), null);
            case IncomingText text:
                return (new FlowInput.Typed(text.Text), null);
            case IncomingFile when state.Files.Count >= AttachmentRules.MaxFilesPerRequest:
                return (null, texts.Form.TooManyFiles(AttachmentRules.MaxFilesPerRequest));
            case IncomingFile file:
                var (taken, problem) = await intake.CheckAndTakeAsync(file, task.CompanyId, texts.Form, cancellationToken);
                return (taken is null ? null : new FlowInput.FileTaken(taken), problem);
            default:
                return (null, null);
        }
    }

    private async Task<IReadOnlyList<Outgoing>> FinishAsync(Incoming input, Caller caller, TaskDetails task, NoteFormState note, CancellationToken cancellationToken)
    {
        var (html, notices) = await outcomes.ApplyAsync(caller, task, note, cancellationToken);
        var after = await tasks.FindAsync(task.Id, cancellationToken) ?? task;
        var replies = FlowReplies.End(input, html, BackToTask(caller, after));
        replies.AddRange(notices);
        return replies;
    }

    /// <summary>The client goes back to the request's card; the firm's side gets its working buttons.</summary>
    private Keyboard BackToTask(Caller caller, TaskDetails task)
    {
        if (TaskAccess.IsClientSide(caller, task))
        {
            return Keyboard.Of([RequestButtons.Card($"« №{task.Number}", task.Id)], [Menus.MenuButtons.For(Menus.MenuAction.Home, caller.Texts)]);
        }

        return StaffCard.Keys(task, caller.Texts, access.MayWork(caller, task), access.MayReassign(caller, task));
    }
}
