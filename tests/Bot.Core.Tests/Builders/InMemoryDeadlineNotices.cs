using Bot.Core.Deadlines;

namespace Bot.Core.Tests.Builders;

/// <summary>Due tasks and the notices recorded about them, held in memory; the PostgreSQL store has its own tests.</summary>
internal sealed class InMemoryDeadlineNotices : IDeadlineNotices
{
    private readonly HashSet<(long TaskId, DeadlineNoticeKind Kind, DateOnly Deadline)> recorded = [];

    public static readonly Recipient Assignee = new(7007, "ru");

    public static readonly Recipient Pm = new(8008, "ru");

    public static readonly Recipient Head = new(9009, "ru");

    public List<DueTask> Open { get; } = [];

    public void Due(long taskId, DateOnly deadline) =>
        Open.Add(new DueTask(taskId, 1000 + (int)taskId, "ООО «Ромашка»", "Декларация УСН", deadline, "Иванова Мария", Assignee, Pm, Head, new HashSet<DeadlineNoticeKind>()));

    public Task<IReadOnlyList<DueTask>> OpenDueByAsync(DateOnly through, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DueTask>>([.. Open.Where(task => task.Deadline <= through)]);

    public Task<bool> TryRecordAsync(long taskId, DeadlineNoticeKind kind, DateOnly deadline, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(recorded.Add((taskId, kind, deadline)));
}
