using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Result = Bot.Core.Conversations.FlowResult<Bot.Core.Conversations.NoteFormState>;

namespace Bot.Core.Tests.Conversations;

/// <summary>Notes on a task: comments, a rejection's reason, a completion's result.</summary>
public sealed class NoteFormTests
{
    private static readonly FlowInput.FileTaken Act = new(new DraftFile(9, "акт.pdf", 10, FileKind.Document));
    private readonly Texts texts = Texts.For("ru");

    [Fact]
    public void A_comments_files_come_first_then_its_text_sends_it_with_them()
    {
        var state = NoteForm.Start(5, 1042, NotePurpose.Comment, revision: 1);

        var withFile = Assert.IsType<Result.Moved>(NoteForm.Handle(state, Act, texts));
        var sent = Assert.IsType<Result.Finish>(NoteForm.Handle(withFile.State, new FlowInput.Typed(" Подписанный акт "), texts));

        Assert.Equal("Подписанный акт", sent.State.Text);
        Assert.Equal([9L], sent.State.Files.Select(file => file.Id));
        Assert.Contains("Отправить", withFile.Screen.Keyboard.Buttons.Select(button => button.Text));
    }

    [Fact]
    public void A_comment_without_files_or_text_is_refused_and_cancel_ends_it()
    {
        var state = NoteForm.Start(5, 1042, NotePurpose.Comment, revision: 1);

        Assert.Equal("Напишите текст комментария или пришлите файл.", Assert.IsType<Result.Refuse>(NoteForm.Handle(state, new FlowInput.Press(1, "send", ""), texts)).Notice);
        Assert.IsType<Result.Refuse>(NoteForm.Handle(state, new FlowInput.Typed("   "), texts));
        Assert.IsType<Result.Ended>(NoteForm.Handle(state, new FlowInput.Press(1, "cancel", ""), texts));
        Assert.IsType<Result.Stale>(NoteForm.Handle(state, new FlowInput.Press(2, "cancel", ""), texts));
    }

    [Fact]
    public void A_rejection_needs_its_reason_which_is_shown_back_before_it_is_saved()
    {
        var state = NoteForm.Start(5, 1042, NotePurpose.Reject, revision: 1);

        var refused = Assert.IsType<Result.Refuse>(NoteForm.Handle(state, new FlowInput.Press(1, "send", ""), texts));
        var typed = Assert.IsType<Result.Moved>(NoteForm.Handle(state, new FlowInput.Typed("Нет выписки <за декабрь>"), texts));
        var saved = Assert.IsType<Result.Finish>(NoteForm.Handle(typed.State, new FlowInput.Press(1, "send", ""), texts));

        Assert.Equal("Сначала напишите комментарий: почему задача отклонена.", refused.Notice);
        Assert.StartsWith("Оставьте комментарий", NoteForm.Render(state, texts).Html, StringComparison.Ordinal);
        Assert.Contains("<i>Нет выписки &lt;за декабрь&gt;</i>", typed.Screen.Html, StringComparison.Ordinal);
        Assert.Equal(["Сохранить", "Отмена"], typed.Screen.Keyboard.Buttons.Select(button => button.Text));
        Assert.Equal("Нет выписки <за декабрь>", saved.State.Text);
    }

    [Fact]
    public void A_completion_takes_result_files_and_a_note_until_it_is_finished()
    {
        var state = NoteForm.Start(5, 1042, NotePurpose.Complete, revision: 1);

        var refused = Assert.IsType<Result.Refuse>(NoteForm.Handle(state, new FlowInput.Press(1, "send", ""), texts));
        var withFile = Assert.IsType<Result.Moved>(NoteForm.Handle(state, Act, texts));
        var withNote = Assert.IsType<Result.Moved>(NoteForm.Handle(withFile.State, new FlowInput.Typed("Декларация сдана"), texts));
        var finished = Assert.IsType<Result.Finish>(NoteForm.Handle(withNote.State, new FlowInput.Press(1, "send", ""), texts));

        Assert.Equal("Пришлите файл результата или напишите комментарий для клиента.", refused.Notice);
        Assert.Contains("Файлов результата: 1.", withNote.Screen.Html, StringComparison.Ordinal);
        Assert.Equal(("Декларация сдана", 1), (finished.State.Text, finished.State.Files.Count));
    }
}
