using Bot.Core.Requests;

namespace Bot.Core.Localization;

/// <summary>The words of tasks: status names, cards, «Мои заявки» and comments. HTML, everything inserted
/// escaped; times are the firm's local times, given by the caller.</summary>
public abstract class TaskTexts
{
    public abstract string MyRequestsButton { get; }

    public abstract string CommentButton { get; }

    public abstract string OpenRequestButton { get; }

    public abstract string FollowButton { get; }

    public abstract string UnfollowButton { get; }

    public abstract string Followed(bool following);

    public abstract string BackToListButton { get; }

    public abstract string PreviousPageButton { get; }

    public abstract string NextPageButton { get; }

    public abstract string StatusName(RequestStatus status);

    public abstract string ListButton(TaskSummary task);

    public abstract string RequestList(string companyName, int total, int first, int last);

    public abstract string NoRequests(string companyName);

    /// <summary>The card as the client sees it, with its history (times in the firm's zone) and «Просрочена» once its deadline passed.</summary>
    public abstract string ClientCard(TaskDetails task, Func<DateTimeOffset, DateTimeOffset> toFirmTime, bool overdue);

    /// <summary>The card a staff member receives when a task is assigned to them.</summary>
    public abstract string NewTaskCard(TaskDetails task);

    public abstract string CommentPrompt(int number);

    public abstract string CommentFileAccepted(string fileName, int count);

    public abstract string CommentSaved(int number);

    public abstract string CommentToAssignee(TaskDetails task, string authorName, string text, int fileCount);

    public abstract string CommentCancelled { get; }

    /// <summary>Plain text: a comment needs words or a file.</summary>
    public abstract string CommentEmpty { get; }
}
