using Bot.Core.Calendar;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Requests;

/// <summary>What a finished note does to a task, and who hears of it: a comment reaches the other side with
/// its files; a rejection ends the task with the reason in the thread and tells the client; a completion
/// delivers the result to the client and lets the tasks waiting for this one go to their assignees. A status
/// change is applied only if the task is still where it was — otherwise the user is told where it is now.</summary>
public sealed class TaskOutcomes(ITaskQueries tasks, ITaskComments comments, ITaskWork work, IWorkCalendarSource calendars, TimeProvider time)
{
    /// <summary>The HTML to show the user who finished the note, and the notices to others.</summary>
    public async Task<(string Html, List<Outgoing> Notices)> ApplyAsync(Caller caller, TaskDetails task, NoteFormState note, CancellationToken cancellationToken)
    {
        var actor = new TaskActor(caller.User.Id, caller.User.FirstName);
        var fileIds = note.Files.Select(file => file.Id).ToList();
        var now = time.GetUtcNow();
        if (note.Purpose == NotePurpose.Comment)
        {
            await comments.AddAsync(task.Id, actor.UserId, actor.Name, note.Text, fileIds, now, cancellationToken);
            return (caller.Texts.Tasks.CommentSaved(task.Number), await CommentNoticesAsync(caller, task, note, cancellationToken));
        }

        var (from, to) = note.Purpose == NotePurpose.Reject ? (RequestStatus.Review, RequestStatus.Rejected) : (RequestStatus.Accepted, RequestStatus.Done);
        var won = await work.MoveAsync(task.Id, from, to, actor, note.Text.Length == 0 ? null : note.Text, fileIds, now, cancellationToken);
        var after = await tasks.FindAsync(task.Id, cancellationToken) ?? task;
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var card = caller.Texts.Staff.Card(after, calendar.ToFirmTime);
        if (!won)
        {
            return (Html.Escape(caller.Texts.Staff.Already(after.Status)) + "\n\n" + card, []);
        }

        var notices = new List<Outgoing>();
        if (to == RequestStatus.Rejected)
        {
            notices.AddRange(TaskNotices.ToClientSide(after, texts => texts.Staff.Rejected(after.Number, note.Text)));
            return (card, notices);
        }

        var results = after.Files.Where(file => fileIds.Contains(file.Id)).ToList();
        notices.AddRange(TaskNotices.ToClientSide(after, texts => texts.Staff.Completed(after.Number, note.Text, results.Count)));
        notices.AddRange(TaskNotices.FilesToClientSide(after, results));
        notices.AddRange(await ReleaseAsync(after, now, cancellationToken));
        return (card, notices);
    }

    /// <summary>The tasks that waited for this one go to «На рассмотрении»: their assignees get the card, their requesters a notice.</summary>
    private async Task<List<Outgoing>> ReleaseAsync(TaskDetails done, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notices = new List<Outgoing>();
        foreach (var id in await work.ReleaseWaitingAsync(done.Id, now, cancellationToken))
        {
            if (await tasks.FindAsync(id, cancellationToken) is { } released)
            {
                notices.AddRange(TaskNotices.ToClientSide(released, texts => texts.Staff.Released(released.Number)));
                if (TaskNotices.NewTask(released) is { } card)
                {
                    notices.Add(card);
                }
            }
        }

        return notices;
    }

    private async Task<List<Outgoing>> CommentNoticesAsync(Caller caller, TaskDetails task, NoteFormState note, CancellationToken cancellationToken)
    {
        var saved = await tasks.FindAsync(task.Id, cancellationToken) ?? task;
        var files = saved.Files.Where(file => note.Files.Any(sent => sent.Id == file.Id)).ToList();
        var author = caller.User.FirstName;
        if (TaskAccess.IsClientSide(caller, task))
        {
            return TaskNotices.ToAssignee(saved, texts => texts.Tasks.CommentToAssignee(saved, author, note.Text, files.Count)) is { } notice
                ? [notice, .. TaskNotices.Files(notice.ChatId, saved, files)]
                : [];
        }

        return [.. TaskNotices.ToClientSide(saved, texts => texts.Staff.CommentToClient(saved, author, note.Text, files.Count)), .. TaskNotices.FilesToClientSide(saved, files)];
    }
}
