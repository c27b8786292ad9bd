using Bot.Core.Messaging;
using Bot.Core.Requests;

namespace Bot.Core.Tests.Builders;

/// <summary>Tasks and files held in memory, numbered from 1001 like the database; the PostgreSQL
/// implementations have their own tests.</summary>
internal sealed class InMemoryTasks : ITaskQueries, IRequestSubmitter, ITaskComments, IFileIntake, ITaskThreads, ITaskFollowers
{
    private readonly List<TaskDetails> tasks = [];
    private readonly HashSet<(long TaskId, long UserId)> following = [];
    private readonly Dictionary<long, StoredFileRef> files = [];

    public IReadOnlyList<TaskDetails> All => tasks;

    /// <summary>Tasks are filed for this assignee.</summary>
    public TaskAssignee? Assignee { get; set; } = new(7, "Иванова Мария", 7007, "ru");

    /// <summary>Tasks are filed waiting for this task number, as a chained service's are.</summary>
    public int? WaitsFor { get; set; }

    public Task<DraftFile?> TakeAsync(IncomingFile file, int companyId, CancellationToken cancellationToken)
    {
        var id = files.Count + 1L;
        var name = AttachmentRules.NameOf(file.File, file.MessageId);
        files[id] = new StoredFileRef(id, name, file.File.MimeType ?? "", file.File.Kind, new string('a', 64), file.File.FileId);
        return Task.FromResult<DraftFile?>(new DraftFile(id, name, file.File.Size ?? 0, file.File.Kind));
    }

    public Task<long?> SubmitAsync(NewRequest request, CancellationToken cancellationToken)
    {
        var id = tasks.Count + 1L;
        tasks.Add(new TaskDetails(
            id, 1000 + (int)id, request.CompanyId, $"Компания {request.CompanyId}", 2, request.ServiceCode, WaitsFor is null ? RequestStatus.Review : RequestStatus.Waiting,
            request.RequesterUserId, request.RequesterName, "ru", request.Description, request.RequestedDeadline, request.PlannedDue, request.HardDue, request.FiledAt, Assignee, WaitsFor,
            [.. request.FileIds.Select(fileId => files[fileId])], [new TaskEntry(request.FiledAt, TaskEntryKind.Filed, request.RequesterName, "", 0)], []));
        return Task.FromResult<long?>(id);
    }

    public Task AddAsync(long taskId, long authorUserId, string authorName, string text, IReadOnlyList<long> fileIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var index = tasks.FindIndex(task => task.Id == taskId);
        var task = tasks[index];
        tasks[index] = task with
        {
            Files = [.. task.Files, .. fileIds.Select(id => files[id])],
            History = [.. task.History, new TaskEntry(now, TaskEntryKind.Comment, authorName, text, fileIds.Count)],
        };
        return Task.CompletedTask;
    }

    public Task<TaskPage> PageForCompanyAsync(int companyId, int offset, int limit, CancellationToken cancellationToken)
    {
        var mine = tasks.Where(task => task.CompanyId == companyId).OrderByDescending(task => task.Id).ToList();
        return Task.FromResult(new TaskPage(
            [.. mine.Skip(offset).Take(limit).Select(task => new TaskSummary(task.Id, task.Number, task.ServiceTitle, task.Status, task.RequestedDeadline))], mine.Count));
    }

    public void Replace(TaskDetails task) => tasks[tasks.FindIndex(t => t.Id == task.Id)] = task;

    public Task<long?> TaskOfMessageAsync(long chatId, int messageId, CancellationToken cancellationToken) => Task.FromResult<long?>(null);

    public Task<TaskDetails?> FindAsync(long taskId, CancellationToken cancellationToken) =>
        Task.FromResult(tasks.FirstOrDefault(task => task.Id == taskId) is { } task
            ? task with { Followers = [.. following.Where(f => f.TaskId == taskId).Select(f => new TaskFollower(f.UserId, "ru", false))] }
            : null);

    public Task<bool> SetAsync(long taskId, long userId, bool follow, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(follow ? following.Add((taskId, userId)) : following.Remove((taskId, userId)));
}
