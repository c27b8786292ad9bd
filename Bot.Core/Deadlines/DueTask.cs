namespace Bot.Core.Deadlines;

/// <summary>An open task with a deadline coming or passed, the people its notices go to (a Telegram id and
/// language each; null while they have not joined the bot), and the notices already sent for this deadline.</summary>
public sealed record DueTask(
    long TaskId, int Number, string CompanyName, string ServiceTitle, DateOnly Deadline, string? AssigneeName,
    Recipient? Assignee, Recipient? Pm, Recipient? Head, IReadOnlySet<DeadlineNoticeKind> Sent);
