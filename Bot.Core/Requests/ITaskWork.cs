namespace Bot.Core.Requests;

/// <summary>Staff's changes to tasks, in the current transaction. Each change is one conditional UPDATE: when
/// two people act at once exactly one wins (true) and only the winner's history rows are written.</summary>
public interface ITaskWork
{
    /// <summary>Moves the task from <paramref name="expected"/> to <paramref name="target"/> if it is still there; a
    /// note (and its files) goes into the thread before the status line.</summary>
    Task<bool> MoveAsync(long taskId, RequestStatus expected, RequestStatus target, TaskActor actor, string? note, IReadOnlyList<long> fileIds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The tasks that waited for this one go to «На рассмотрении»; their ids.</summary>
    Task<IReadOnlyList<long>> ReleaseWaitingAsync(long taskId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Hands the task to another staff member if it is still with <paramref name="fromStaffId"/> and open.</summary>
    Task<bool> ReassignAsync(long taskId, int? fromStaffId, StaffChoice successor, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ticks or unticks a checklist line of an accepted task; false when there is no such line or the task is not in work.</summary>
    Task<bool> ToggleTickAsync(long taskId, int position, TaskActor actor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Active staff of the task's department, who may take it over.</summary>
    Task<IReadOnlyList<StaffChoice>> ColleaguesAsync(long taskId, CancellationToken cancellationToken);

    /// <summary>Open tasks (not waiting) assigned to the staff member, or of the companies they are PM of, or of the
    /// departments they head: overdue first, then by status and deadline.</summary>
    Task<StaffTaskPage> PageForStaffAsync(int staffId, DateOnly today, int offset, int limit, CancellationToken cancellationToken);
}
