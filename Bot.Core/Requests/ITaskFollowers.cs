namespace Bot.Core.Requests;

public interface ITaskFollowers
{
    /// <summary>Starts or stops following a request; true when it changed anything.</summary>
    Task<bool> SetAsync(long taskId, long userId, bool follow, DateTimeOffset now, CancellationToken cancellationToken);
}
