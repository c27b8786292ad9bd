namespace Bot.Core.Requests;

/// <summary>Reads tasks for the screens that show them. Callers check access against the task's company.</summary>
public interface ITaskQueries
{
    Task<TaskPage> PageForCompanyAsync(int companyId, int offset, int limit, CancellationToken cancellationToken);

    Task<TaskDetails?> FindAsync(long taskId, CancellationToken cancellationToken);
}
