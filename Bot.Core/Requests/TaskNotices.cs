using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Requests;

/// <summary>Messages about a task to the people on each side, each in its reader's language and tagged with
/// the task, so that a Telegram reply to one comments on the task.</summary>
public static class TaskNotices
{
    /// <summary>The same notice to the requester and to each follower, each in their language.</summary>
    public static IEnumerable<Outgoing> ToClientSide(TaskDetails task, Func<Texts, string> html) =>
        ClientSide(task).Select(reader =>
        {
            var texts = Texts.For(reader.LanguageCode);
            return (Outgoing)new SendText(reader.UserId, html(texts) + "\n\n" + Html.Escape(texts.Staff.ReplyHint),
                Keyboard.Of([RequestButtons.Card(texts.Tasks.OpenRequestButton, task.Id)]), task.Id);
        });

    /// <summary>A task's files to the requester and to each follower.</summary>
    public static IEnumerable<Outgoing> FilesToClientSide(TaskDetails task, IReadOnlyList<StoredFileRef> files) =>
        ClientSide(task).SelectMany(reader => Files(reader.UserId, task, files));

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

    private static IEnumerable<TaskFollower> ClientSide(TaskDetails task) =>
        [new TaskFollower(task.RequesterUserId, task.RequesterLanguage, false), .. task.Following.Where(follower => follower.UserId != task.RequesterUserId)];

    /// <summary>The files of a task, sent one by one to a chat.</summary>
    public static IEnumerable<Outgoing> Files(long chatId, TaskDetails task, IEnumerable<StoredFileRef> files) =>
        files.Select(file => (Outgoing)new SendFile(chatId, file, $"№{task.Number}"));
}
