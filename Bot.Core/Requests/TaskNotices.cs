using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Requests;

/// <summary>Messages about a task to the people on each side, each in its reader's language and tagged with
/// the task, so that a Telegram reply to one comments on the task.</summary>
public static class TaskNotices
{
    public static SendText ToRequester(TaskDetails task, Func<Texts, string> html)
    {
        var texts = Texts.For(task.RequesterLanguage);
        return new SendText(task.RequesterUserId, html(texts) + "\n\n" + Html.Escape(texts.Staff.ReplyHint),
            Keyboard.Of([RequestButtons.Card(texts.Tasks.OpenRequestButton, task.Id)]), task.Id);
    }

    /// <summary>To the assignee, with the buttons to work the task; null while nobody in the bot is assigned.</summary>
    public static SendText? ToAssignee(TaskDetails task, Func<Texts, string> html)
    {
        if (task.Assignee?.TelegramUserId is not { } chat)
        {
            return null;
        }

        var texts = Texts.For(task.Assignee.LanguageCode);
        return new SendText(chat, html(texts), StaffCard.Keys(task, texts, mayWork: true, mayPass: false), task.Id);
    }

    /// <summary>A new task's card, for a task that is under review (a waiting one is not shown to staff yet).</summary>
    public static SendText? NewTask(TaskDetails task) =>
        task.Status == RequestStatus.Review ? ToAssignee(task, texts => texts.Tasks.NewTaskCard(task)) : null;

    /// <summary>The files of a task, sent one by one to a chat.</summary>
    public static IEnumerable<Outgoing> Files(long chatId, TaskDetails task, IEnumerable<StoredFileRef> files) =>
        files.Select(file => (Outgoing)new SendFile(chatId, file, $"№{task.Number}"));
}
