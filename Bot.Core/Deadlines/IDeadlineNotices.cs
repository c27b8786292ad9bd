namespace Bot.Core.Deadlines;

/// <summary>Due work and the record of notices sent about it, in the current transaction.</summary>
public interface IDeadlineNotices
{
    /// <summary>Open tasks (under review or in work — not waiting) due on or before <paramref name="through"/>.</summary>
    Task<IReadOnlyList<DueTask>> OpenDueByAsync(DateOnly through, CancellationToken cancellationToken);

    /// <summary>Records the notice; false when it was recorded before (by this instance or another).</summary>
    Task<bool> TryRecordAsync(long taskId, DeadlineNoticeKind kind, DateOnly deadline, DateTimeOffset now, CancellationToken cancellationToken);
}
