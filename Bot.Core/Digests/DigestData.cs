namespace Bot.Core.Digests;

/// <summary>Everything the digests of one morning are made of, read once for all managers: the numbers by
/// department and company, the most overdue tasks of each, the names, and the overdue count on each of the
/// last weeks' days by department; and, by company, the notifications' recipients still silent after their reminder
/// and the filings standing rejected or needing clarification.</summary>
public sealed record DigestData(
    IReadOnlyList<DigestCell> Cells,
    IReadOnlyList<OverdueTask> Worst,
    IReadOnlyDictionary<int, string> Departments,
    IReadOnlyDictionary<int, string> Companies,
    IReadOnlyList<OverdueOnDay> Trend,
    IReadOnlyDictionary<int, int>? Unanswered = null,
    IReadOnlyDictionary<int, int>? Rejected = null);
