using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Result = Bot.Core.Conversations.FlowResult<Bot.Core.Conversations.CommentFormState>;

namespace Bot.Core.Tests.Conversations;

public sealed class CommentFormTests
{
    private readonly Texts texts = Texts.For("ru");

    [Fact]
    public void Files_first_then_the_text_sends_the_comment_with_them()
    {
        var state = CommentForm.Start(5, 1042);

        var withFile = Assert.IsType<Result.Moved>(CommentForm.Handle(state, new FlowInput.FileTaken(new DraftFile(9, "акт.pdf", 10, FileKind.Document)), texts));
        var sent = Assert.IsType<Result.Finish>(CommentForm.Handle(withFile.State, new FlowInput.Typed(" Подписанный акт "), texts));

        Assert.Equal("Подписанный акт", sent.State.Text);
        Assert.Equal([9L], sent.State.Files.Select(file => file.Id));
        Assert.Contains("Отправить", withFile.Screen.Keyboard.Buttons.Select(button => button.Text));
    }

    [Fact]
    public void Send_without_files_or_text_is_refused_and_cancel_ends_it()
    {
        var state = CommentForm.Start(5, 1042);

        Assert.Equal("Напишите текст комментария или пришлите файл.", Assert.IsType<Result.Refuse>(CommentForm.Handle(state, new FlowInput.Press(1, "send", ""), texts)).Notice);
        Assert.IsType<Result.Refuse>(CommentForm.Handle(state, new FlowInput.Typed("   "), texts));
        Assert.IsType<Result.Ended>(CommentForm.Handle(state, new FlowInput.Press(1, "cancel", ""), texts));
        Assert.IsType<Result.Stale>(CommentForm.Handle(state, new FlowInput.Press(2, "cancel", ""), texts));
    }
}
