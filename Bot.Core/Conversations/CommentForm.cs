using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Result = Bot.Core.Conversations.FlowResult<Bot.Core.Conversations.CommentFormState>;

namespace Bot.Core.Conversations;

/// <summary>A comment on a task, one step: files may come first; the typed text sends it, and so does
/// «Отправить» when there are files; «Отмена» drops it.</summary>
public static class CommentForm
{
    public static CommentFormState Start(long taskId, int number) => new(1, taskId, number, []);

    public static Screen Render(CommentFormState state, Texts texts, string? lead = null) => new(
        lead ?? texts.Tasks.CommentPrompt(state.Number),
        Keyboard.Of([.. state.Files.Count > 0 ? [FlowButton.Of(texts.Form.SendButton, state.Revision, "send")] : Array.Empty<Button>(),
            FlowButton.Of(texts.Form.CancelButton, state.Revision, "cancel")]));

    public static Result Handle(CommentFormState state, FlowInput input, Texts texts) => input switch
    {
        FlowInput.Press press when press.Revision != state.Revision => new Result.Stale(),
        FlowInput.Press { Action: "cancel" } => new Result.Ended(texts.Tasks.CommentCancelled),
        FlowInput.Press { Action: "send" } => state.Files.Count > 0 ? new Result.Finish(state) : new Result.Refuse(texts.Tasks.CommentEmpty),
        FlowInput.Press => new Result.Stale(),
        FlowInput.FileTaken when state.Files.Count >= AttachmentRules.MaxFilesPerRequest => new Result.Refuse(texts.Form.TooManyFiles(AttachmentRules.MaxFilesPerRequest)),
        FlowInput.FileTaken taken => Added(state with { Files = [.. state.Files, taken.File] }, taken.File, texts),
        FlowInput.Typed typed => Typed(state, typed.Text.Trim(), texts),
        _ => new Result.Stale(),
    };

    private static Result.Moved Added(CommentFormState next, DraftFile file, Texts texts) =>
        new(next, Render(next, texts, texts.Tasks.CommentFileAccepted(file.Name, next.Files.Count)));

    private static Result Typed(CommentFormState state, string text, Texts texts) => text switch
    {
        { Length: 0 } => new Result.Refuse(texts.Tasks.CommentEmpty),
        { Length: > RequestForm.MaxDescriptionLength } => new Result.Refuse(texts.Form.DescriptionTooLong(text.Length, RequestForm.MaxDescriptionLength)),
        _ => new Result.Finish(state with { Text = text }),
    };
}
