using Bot.Core.Access;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;
using Result = Bot.Core.Conversations.FlowResult<Bot.Core.Conversations.CommentFormState>;

namespace Bot.Core.Conversations;

/// <summary>Runs a client's comment on a task: every input re-checks that the user may still see the task,
/// files are taken into the firm's store, and the finished comment is saved and sent to the assignee.</summary>
public sealed class CommentFormRunner(IConversationStore store, ITaskQueries tasks, ITaskComments comments, IFileIntake intake, TaskAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<Outgoing>> StartAsync(IncomingButton press, Caller caller, TaskDetails task, CancellationToken cancellationToken)
    {
        var state = CommentForm.Start(task.Id, task.Number);
        await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        var screen = CommentForm.Render(state, caller.Texts);
        return [new AnswerButton(press.CallbackId), new SendText(press.ChatId, screen.Html, screen.Keyboard)];
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, CommentFormState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var task = await tasks.FindAsync(state.TaskId, cancellationToken);
        if (task is null || !access.MayComment(caller, task))
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return FlowReplies.End(input, Html.Escape(texts.NotAllowed), null);
        }

        var (flowInput, refusal) = await InputAsync(input, state, task, texts, cancellationToken);
        var result = refusal is not null ? new Result.Refuse(refusal)
            : flowInput is null ? new Result.Stale()
            : CommentForm.Handle(state, flowInput, texts);
        switch (result)
        {
            case Result.Moved moved:
                await store.SaveAsync(caller.User.Id, input.ChatId, moved.State.ToStored(), time.GetUtcNow(), cancellationToken);
                return FlowReplies.Show(input, moved.Screen);
            case Result.Refuse refused:
                return FlowReplies.Refuse(input, refused.Notice, CommentForm.Render(state, texts));
            case Result.Ended ended:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return FlowReplies.End(input, ended.Html, BackToTask(task, texts));
            case Result.Finish finish:
                await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
                return await SaveAsync(input, caller, task, finish.State, cancellationToken);
            default:
                return FlowReplies.Stale(input, texts);
        }
    }

    private async Task<(FlowInput? Input, string? Refusal)> InputAsync(Incoming input, CommentFormState state, TaskDetails task, Texts texts, CancellationToken cancellationToken)
    {
        switch (input)
        {
            case IncomingButton press:
                return (FlowButton.Parse(press.Data), null);
            case IncomingText text:
                return (new FlowInput.Typed(text.Text), null);
            case IncomingFile when state.Files.Count >= AttachmentRules.MaxFilesPerRequest:
                return (null, texts.Form.TooManyFiles(AttachmentRules.MaxFilesPerRequest));
            case IncomingFile file when AttachmentRules.Problem(file.File, texts.Form) is { } problem:
                return (null, problem);
            case IncomingFile file:
                var taken = await intake.TakeAsync(file, task.CompanyId, cancellationToken);
                return taken is null ? (null, texts.Form.FileTooLarge(AttachmentRules.NameOf(file.File, file.MessageId))) : (new FlowInput.FileTaken(taken), null);
            default:
                return (null, null);
        }
    }

    private async Task<IReadOnlyList<Outgoing>> SaveAsync(Incoming input, Caller caller, TaskDetails task, CommentFormState comment, CancellationToken cancellationToken)
    {
        await comments.AddAsync(task.Id, caller.User.Id, caller.User.FirstName, comment.Text, [.. comment.Files.Select(file => file.Id)], time.GetUtcNow(), cancellationToken);
        var replies = FlowReplies.End(input, caller.Texts.Tasks.CommentSaved(task.Number), BackToTask(task, caller.Texts));
        if (task.Assignee?.TelegramUserId is { } assigneeChat)
        {
            var saved = await tasks.FindAsync(task.Id, cancellationToken) ?? task;
            var assigneeTexts = Texts.For(task.Assignee.LanguageCode);
            var files = saved.Files.Where(file => comment.Files.Any(sent => sent.Id == file.Id)).ToList();
            replies.Add(new SendText(assigneeChat, assigneeTexts.Tasks.CommentToAssignee(task, caller.User.FirstName, comment.Text, files.Count),
                Keyboard.Of([.. RequestButtons.Files(saved with { Files = files })])));
        }

        return replies;
    }

    private static Keyboard BackToTask(TaskDetails task, Texts texts) =>
        Keyboard.Of([RequestButtons.Card($"« №{task.Number}", task.Id)], [Menus.MenuButtons.For(Menus.MenuAction.Home, texts)]);
}
