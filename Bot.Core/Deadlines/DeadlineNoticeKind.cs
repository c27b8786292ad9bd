namespace Bot.Core.Deadlines;

/// <summary>The notices a deadline brings: a reminder before it and on its day to the assignee; once
/// overdue, to the company's PM and later to the department head.</summary>
public enum DeadlineNoticeKind
{
    Before,
    DueToday,
    OverduePm,
    OverdueHead,
}
