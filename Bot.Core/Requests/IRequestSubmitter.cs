namespace Bot.Core.Requests;

/// <summary>Turns a confirmed request into a numbered task, in the current transaction.</summary>
public interface IRequestSubmitter
{
    /// <summary>The new task's id, or null when the company no longer offers the service.</summary>
    Task<long?> SubmitAsync(NewRequest request, CancellationToken cancellationToken);
}
