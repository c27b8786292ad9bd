namespace Bot.Core.Requests;

/// <summary>Adds a comment, with its files, to a task's history in the current transaction.</summary>
public interface ITaskComments
{
    Task AddAsync(long taskId, long authorUserId, string authorName, string text, IReadOnlyList<long> fileIds, DateTimeOffset now, CancellationToken cancellationToken);
}
