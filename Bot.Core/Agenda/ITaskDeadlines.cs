namespace Bot.Core.Agenda;

public interface ITaskDeadlines
{
    /// <summary>Open (not done, not rejected) requests of the companies whose deadline falls in the range, by deadline.</summary>
    Task<IReadOnlyList<TaskDeadline>> OpenAsync(IReadOnlyCollection<int> companyIds, DateOnly first, DateOnly last, CancellationToken cancellationToken);
}
