using System.Globalization;
using Bot.Core.Requests;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishTaskTexts : TaskTexts
{
    public static readonly EnglishTaskTexts Instance = new();

    private EnglishTaskTexts()
    {
    }

    public override string MyRequestsButton => "My requests";

    public override string OpenRequestButton => "Open the request";

    public override string FollowButton => "🔔 Follow";

    public override string UnfollowButton => "🔕 Unfollow";

    public override string Followed(bool following) => following ? "You follow the request: its notices will reach you too." : "You no longer follow the request.";

    public override string CommentButton => "Comment";

    public override string BackToListButton => "« Back to the list";

    public override string PreviousPageButton => "‹ Newer";

    public override string NextPageButton => "Older ›";

    public override string StatusName(RequestStatus status) => status switch
    {
        RequestStatus.Review => "Under review",
        RequestStatus.Waiting => "Waiting",
        RequestStatus.Accepted => "Accepted",
        RequestStatus.Done => "Done",
        _ => "Rejected",
    };

    public override string ListButton(TaskSummary task) =>
        $"No. {task.Number} · {task.ServiceTitle} · {StatusName(task.Status)} · due {task.RequestedDeadline.ToString("dd.MM", CultureInfo.InvariantCulture)}";

    public override string RequestList(string companyName, int total, int first, int last) =>
        $"<b>Requests of {Escape(companyName)}</b>\n{total} in all; {first}–{last} shown, newest first. Tap a request to open it.";

    public override string NoRequests(string companyName) => $"<b>{Escape(companyName)}</b> has no requests yet. File one under «Order a service».";

    public override string ClientCard(TaskDetails task, Func<DateTimeOffset, DateTimeOffset> toFirmTime, bool overdue) =>
        $"<b>Request No. {task.Number}</b> — {Escape(task.ServiceTitle)}\nStatus: <b>{StatusName(task.Status)}</b>" + (overdue ? " — <b>Overdue</b>" : "") +
        (task is { Status: RequestStatus.Waiting, WaitsForNumber: { } waits } ? $" (waits for No. {waits})" : "") +
        $"\nRequested by: {Escape(task.RequesterName)}\nAssignee: {(task.Assignee is null ? "not assigned" : Escape(task.Assignee.Name))}" +
        $"\nDeadline: {Date(task.RequestedDeadline)} (regulations: {Date(task.PlannedDue)}, at the latest {Date(task.HardDue)})" +
        $"\nDescription: {Escape(task.Description)}\nFiles: {task.Files.Count}\n\n<b>History</b>" +
        string.Concat(task.History.Select(entry => $"\n{toFirmTime(entry.At).ToString("dd.MM HH:mm", CultureInfo.InvariantCulture)} — {Entry(entry)}"));

    public override string NewTaskCard(TaskDetails task) =>
        $"🆕 <b>New request No. {task.Number}</b>\nCompany: {Escape(task.CompanyName)}\nService: {Escape(task.ServiceTitle)}\n" +
        $"Requested by: {Escape(task.RequesterName)}\nDescription: {Escape(task.Description)}\nFiles: {task.Files.Count}\n" +
        $"Requested deadline: <b>{Date(task.RequestedDeadline)}</b>\nRegulations: {Date(task.PlannedDue)}, at the latest {Date(task.HardDue)}\nStatus: {StatusName(task.Status)}";

    public override string CommentPrompt(int number) =>
        $"Comment on request No. {number}: type the text in one message. Files may be sent before the text.";

    public override string CommentFileAccepted(string fileName, int count) =>
        $"«{Escape(fileName)}» will go with the comment ({count} file(s)). Type the text or press «Send».";

    public override string CommentSaved(int number) => $"Comment added to request No. {number}.";

    public override string CommentToAssignee(TaskDetails task, string authorName, string text, int fileCount) =>
        $"💬 <b>Comment on request No. {task.Number}</b> ({Escape(task.CompanyName)}) from {Escape(authorName)}:\n{Escape(text)}" +
        (fileCount > 0 ? $"\nFiles: {fileCount}" : "");

    public override string CommentCancelled => "Comment cancelled.";

    public override string CommentEmpty => "Type the comment's text or send a file.";

    /// <summary>A history line, without its time.</summary>
    public static string Entry(TaskEntry entry) => entry.Kind switch
    {
        TaskEntryKind.Filed => $"filed ({Escape(entry.AuthorName ?? "")})",
        TaskEntryKind.Waiting => $"waits for request No. {Escape(entry.Body)} to be done",
        TaskEntryKind.Comment => $"{Escape(entry.AuthorName ?? "")}: {Escape(entry.Body)}" + (entry.FileCount > 0 ? $" [files: {entry.FileCount}]" : ""),
        TaskEntryKind.Reassigned => $"handed over to {Escape(entry.Body)} ({Escape(entry.AuthorName ?? "")})",
        _ => EnglishStaffTexts.Instance.StatusLine(entry.Body, entry.AuthorName),
    };

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
