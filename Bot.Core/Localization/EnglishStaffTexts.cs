using System.Globalization;
using Bot.Core.Requests;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishStaffTexts : StaffTexts
{
    public static readonly EnglishStaffTexts Instance = new();

    private EnglishStaffTexts()
    {
    }

    public override string MyTasksButton => "My tasks";

    public override string AcceptButton => "Accept";

    public override string RejectButton => "Reject";

    public override string CompleteButton => "Done";

    public override string PassButton => "Hand over";

    public override string SaveButton => "Save";

    public override string FinishButton => "Complete";

    public override string OpenTaskButton => "Open the task";

    public override string Card(TaskDetails task, Func<DateTimeOffset, DateTimeOffset> toFirmTime) =>
        $"<b>Task No. {task.Number}</b> — {Escape(task.ServiceTitle)}\nCompany: {Escape(task.CompanyName)}\nRequested by: {Escape(task.RequesterName)}\n" +
        $"Assignee: {(task.Assignee is null ? "not assigned" : Escape(task.Assignee.Name))}\nStatus: <b>{EnglishTaskTexts.Instance.StatusName(task.Status)}</b>\n" +
        $"Requested deadline: <b>{Date(task.RequestedDeadline)}</b> (regulations: {Date(task.PlannedDue)}, at the latest {Date(task.HardDue)})\n" +
        $"Description: {Escape(task.Description)}\nFiles: {task.Files.Count}" +
        (task.Checklist.Count == 0 ? "" : "\n\n<b>Checklist</b>" + string.Concat(task.Checklist.Select(item => $"\n{(item.Done ? "☑" : "☐")} {Escape(item.Text)}"))) +
        "\n\n<b>History</b>" + string.Concat(task.History.Select(entry => $"\n{toFirmTime(entry.At).ToString("dd.MM HH:mm", CultureInfo.InvariantCulture)} — {EnglishTaskTexts.Entry(entry)}"));

    public override string ListButton(StaffTaskSummary task) =>
        $"{(task.Overdue ? "⚠ " : "")}No. {task.Number} · {task.CompanyName} · {EnglishTaskTexts.Instance.StatusName(task.Status)} · due {task.RequestedDeadline.ToString("dd.MM", CultureInfo.InvariantCulture)}";

    public override string TaskList(int total, int first, int last) =>
        $"<b>My tasks</b>\n{total} open; {first}–{last} shown: overdue (⚠) first, then by status and deadline.";

    public override string NoTasks => "No open tasks.";

    public override string RejectPrompt(int number) => $"Leave a comment: why is task No. {number} rejected? Type it in one message.";

    public override string RejectPreview(int number, string reason) =>
        $"Task No. {number} will be rejected with the comment:\n<i>{Escape(reason)}</i>\n\nPress «{SaveButton}» or type the comment again.";

    public override string CompletePrompt(int number) =>
        $"Completing task No. {number}: send the result files and/or type a note for the client, then press «{FinishButton}».";

    public override string CompleteDraft(int number, int fileCount, string note) =>
        $"Completing task No. {number}. Result files: {fileCount}." + (note.Length == 0 ? "" : $"\nNote: <i>{Escape(note)}</i>") +
        $"\n\nSend more files or press «{FinishButton}».";

    public override string ChooseColleague(int number) => $"Hand task No. {number} over to whom?";

    public override string Already(RequestStatus status) => status switch
    {
        RequestStatus.Accepted => "The task has already been accepted.",
        RequestStatus.Rejected => "The task has already been rejected.",
        RequestStatus.Done => "The task is already done.",
        RequestStatus.Waiting => "The task still waits for the previous one.",
        _ => "The task is still under review.",
    };

    public override string NoColleagues => "No one else in the department can take the task over.";

    public override string ReasonNeeded => "First type the comment: why the task is rejected.";

    public override string ResultNeeded => "Send a result file or type a note for the client.";

    public override string Accepted(int number, string assigneeName) => $"Request No. {number} is accepted. Assignee: {Escape(assigneeName)}.";

    public override string Rejected(int number, string reason) => $"Request No. {number} was rejected by the assignee.\nReason: {Escape(reason)}";

    public override string Completed(int number, string note, int fileCount) =>
        $"Request No. {number} is done." + (note.Length == 0 ? "" : $"\nThe assignee's note: {Escape(note)}") + (fileCount > 0 ? $"\nResult files ({fileCount}) follow." : "");

    public override string Released(int number) => $"Request No. {number} no longer waits and went to its assignee. Status: «Under review».";

    public override string ReassignedToYou(int number, string byName) => $"Task No. {number} was handed over to you by {Escape(byName)}.";

    public override string TakenOverFromBlocked(int number, string companyName, string blockedName) =>
        $"Task No. {number} ({Escape(companyName)}) is now yours: {Escape(blockedName)} no longer works in the bot. Open “My tasks”.";

    public override string ReassignedAway(int number, string toName) => $"Task No. {number} was handed over to {Escape(toName)}.";

    public override string CommentToClient(TaskDetails task, string authorName, string text, int fileCount) =>
        $"💬 <b>Comment on request No. {task.Number}</b> from {Escape(authorName)}:\n{Escape(text)}" + (fileCount > 0 ? $"\nFiles: {fileCount}" : "");

    public override string DeadlineNotice(Deadlines.DeadlineNoticeKind kind, Deadlines.DueTask task)
    {
        var what = $"task No. {task.Number} ({Escape(task.CompanyName)}, {Escape(task.ServiceTitle)})";
        var who = task.AssigneeName is null ? "no assignee" : $"assignee: {Escape(task.AssigneeName)}";
        return kind switch
        {
            Deadlines.DeadlineNoticeKind.Before => $"⏰ Reminder: {what} is due {Date(task.Deadline)}.",
            Deadlines.DeadlineNoticeKind.DueToday => $"⏰ {char.ToUpperInvariant(what[0])}{what[1..]} is due today.",
            Deadlines.DeadlineNoticeKind.OverduePm => $"⚠ {char.ToUpperInvariant(what[0])}{what[1..]} is overdue: it was due {Date(task.Deadline)}; {who}.",
            _ => $"⚠ {char.ToUpperInvariant(what[0])}{what[1..]} is still overdue: it was due {Date(task.Deadline)}; {who}.",
        };
    }

    public override string ReplyHint => "Reply to this message to comment.";

    public override string StatusLine(string body, string? authorName) => body switch
    {
        "accepted" => $"accepted ({Escape(authorName ?? "")})",
        "rejected" => "The task was rejected by the assignee",
        "done" => $"done ({Escape(authorName ?? "")})",
        "review" => "went to the assignee",
        _ => Escape(body),
    };

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
