using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Result = Bot.Core.Conversations.FlowResult<Bot.Core.Conversations.NoteFormState>;

namespace Bot.Core.Conversations;

/// <summary>A note on a task, one step. Files may come first. A comment is sent by its typed text (or by
/// «Отправить» with files only); a rejection's reason is typed, shown back and kept with «Сохранить»; a
/// completion gathers result files and a note until «Завершить». «Отмена» drops it.</summary>
public static class NoteForm
{
    public static NoteFormState Start(long taskId, int number, NotePurpose purpose, int revision) => new(revision, purpose, taskId, number, []);

    public static Screen Render(NoteFormState state, Texts texts, string? lead = null)
    {
        var (html, finish, ready) = state.Purpose switch
        {
            NotePurpose.Comment => (texts.Tasks.CommentPrompt(state.Number), texts.Form.SendButton, state.Files.Count > 0),
            NotePurpose.Reject => (state.Text.Length == 0 ? texts.Staff.RejectPrompt(state.Number) : texts.Staff.RejectPreview(state.Number, state.Text),
                texts.Staff.SaveButton, state.Text.Length > 0),
            _ => (state.Files.Count == 0 && state.Text.Length == 0 ? texts.Staff.CompletePrompt(state.Number) : texts.Staff.CompleteDraft(state.Number, state.Files.Count, state.Text),
                texts.Staff.FinishButton, state.Files.Count > 0 || state.Text.Length > 0),
        };
        var buttons = new List<Button>();
        if (ready)
        {
            buttons.Add(FlowButton.Of(finish, state.Revision, "send"));
        }

        buttons.Add(FlowButton.Of(texts.Form.CancelButton, state.Revision, "cancel"));
        return new Screen(lead ?? html, Keyboard.Of([.. buttons]));
    }

    public static Result Handle(NoteFormState state, FlowInput input, Texts texts) => input switch
    {
        FlowInput.Press press when press.Revision != state.Revision => new Result.Stale(),
        FlowInput.Press { Action: "cancel" } => new Result.Ended(state.Purpose == NotePurpose.Comment ? texts.Tasks.CommentCancelled : Html.Escape(texts.ActionCancelled)),
        FlowInput.Press { Action: "send" } => Ready(state) ? new Result.Finish(state) : new Result.Refuse(Missing(state, texts)),
        FlowInput.Press => new Result.Stale(),
        FlowInput.FileTaken when state.Files.Count >= AttachmentRules.MaxFilesPerRequest => new Result.Refuse(texts.Form.TooManyFiles(AttachmentRules.MaxFilesPerRequest)),
        FlowInput.FileTaken taken => Added(state with { Files = [.. state.Files, taken.File] }, taken.File, texts),
        FlowInput.Typed typed => Typed(state, typed.Text.Trim(), texts),
        _ => new Result.Stale(),
    };

    private static bool Ready(NoteFormState state) => state.Purpose switch
    {
        NotePurpose.Comment => state.Files.Count > 0,
        NotePurpose.Reject => state.Text.Length > 0,
        _ => state.Files.Count > 0 || state.Text.Length > 0,
    };

    private static string Missing(NoteFormState state, Texts texts) => state.Purpose switch
    {
        NotePurpose.Comment => texts.Tasks.CommentEmpty,
        NotePurpose.Reject => texts.Staff.ReasonNeeded,
        _ => texts.Staff.ResultNeeded,
    };

    private static Result.Moved Added(NoteFormState next, DraftFile file, Texts texts) =>
        new(next, Render(next, texts, next.Purpose == NotePurpose.Comment ? texts.Tasks.CommentFileAccepted(file.Name, next.Files.Count) : null));

    private static Result Typed(NoteFormState state, string text, Texts texts)
    {
        if (text.Length == 0 || text.StartsWith('/'))
        {
            return new Result.Refuse(Missing(state, texts));
        }

        if (text.Length > RequestForm.MaxDescriptionLength)
        {
            return new Result.Refuse(texts.Form.DescriptionTooLong(text.Length, RequestForm.MaxDescriptionLength));
        }

        var next = state with { Text = text };
        return state.Purpose == NotePurpose.Comment ? new Result.Finish(next) : new Result.Moved(next, Render(next, texts));
    }
}
