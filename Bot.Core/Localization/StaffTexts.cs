using Bot.Core.Requests;

namespace Bot.Core.Localization;

/// <summary>The words of the staff side of tasks and of the notices clients get about them. HTML, everything
/// inserted escaped, except the notices documented as plain text.</summary>
public abstract class StaffTexts
{
    public abstract string MyTasksButton { get; }

    public abstract string AcceptButton { get; }

    public abstract string RejectButton { get; }

    public abstract string CompleteButton { get; }

    public abstract string PassButton { get; }

    public abstract string SaveButton { get; }

    public abstract string FinishButton { get; }

    public abstract string OpenTaskButton { get; }

    /// <summary>The card a staff member works from: the task, its checklist and its thread.</summary>
    public abstract string Card(TaskDetails task, Func<DateTimeOffset, DateTimeOffset> toFirmTime);

    public abstract string ListButton(StaffTaskSummary task);

    public abstract string TaskList(int total, int first, int last);

    public abstract string NoTasks { get; }

    public abstract string RejectPrompt(int number);

    public abstract string RejectPreview(int number, string reason);

    public abstract string CompletePrompt(int number);

    public abstract string CompleteDraft(int number, int fileCount, string note);

    public abstract string ChooseColleague(int number);

    /// <summary>Plain text: why a press changed nothing.</summary>
    public abstract string Already(RequestStatus status);

    /// <summary>Plain text.</summary>
    public abstract string NoColleagues { get; }

    /// <summary>Plain text.</summary>
    public abstract string ReasonNeeded { get; }

    /// <summary>Plain text.</summary>
    public abstract string ResultNeeded { get; }

    public abstract string Accepted(int number, string assigneeName);

    public abstract string Rejected(int number, string reason);

    public abstract string Completed(int number, string note, int fileCount);

    public abstract string Released(int number);

    public abstract string ReassignedToYou(int number, string byName);

    /// <summary>A task of a staff member who was blocked, now the recipient's.</summary>
    public abstract string TakenOverFromBlocked(int number, string companyName, string blockedName);

    public abstract string ReassignedAway(int number, string toName);

    public abstract string CommentToClient(TaskDetails task, string authorName, string text, int fileCount);

    public abstract string ReplyHint { get; }

    public abstract string DeadlineNotice(Deadlines.DeadlineNoticeKind kind, Deadlines.DueTask task);

    public abstract string StatusLine(string body, string? authorName);
}
