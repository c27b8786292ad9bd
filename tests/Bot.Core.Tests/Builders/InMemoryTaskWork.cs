using Bot.Core.Requests;

namespace Bot.Core.Tests.Builders;

/// <summary>Staff's changes on the in-memory tasks: a status moves only from the expected one, as the
/// database's conditional UPDATE does.</summary>
internal sealed class InMemoryTaskWork(InMemoryTasks tasks) : ITaskWork
{
    public Task<bool> MoveAsync(long taskId, RequestStatus expected, RequestStatus target, TaskActor actor, string? note, IReadOnlyList<long> fileIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = tasks.All.Single(t => t.Id == taskId);
        if (task.Status != expected)
        {
            return Task.FromResult(false);
        }

        tasks.Replace(task with
        {
            Status = target,
            History = [.. task.History, .. note is null ? [] : new[] { new TaskEntry(now, TaskEntryKind.Comment, actor.Name, note, fileIds.Count) },
                new TaskEntry(now, TaskEntryKind.Status, actor.Name, RequestStatusCodes.Of(target), 0)],
        });
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<long>> ReleaseWaitingAsync(long taskId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>([]);

    public List<(StaffChoice Choice, long TelegramUserId)> Colleagues { get; } = [];

    public Task<bool> ReassignAsync(long taskId, int? fromStaffId, StaffChoice successor, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = tasks.All.Single(t => t.Id == taskId);
        if (task.Assignee?.StaffId != fromStaffId)
        {
            return Task.FromResult(false);
        }

        var chat = Colleagues.Single(c => c.Choice.StaffId == successor.StaffId).TelegramUserId;
        tasks.Replace(task with { Assignee = new TaskAssignee(successor.StaffId, successor.Name, chat, "ru") });
        return Task.FromResult(true);
    }

    public Task<bool> ToggleTickAsync(long taskId, int position, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    public Task<IReadOnlyList<StaffChoice>> ColleaguesAsync(long taskId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StaffChoice>>([.. Colleagues.Select(c => c.Choice)]);

    public Task<StaffTaskPage> PageForStaffAsync(int staffId, DateOnly today, int offset, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(new StaffTaskPage([], 0));
}
