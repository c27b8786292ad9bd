namespace Bot.Core.Agenda;

/// <summary>The companies' agreed events, in the update's (or the job's) transaction.</summary>
public interface IAgreedEvents
{
    Task<long> CreateAsync(AgreedEvent agreed, long createdBy, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A live (not cancelled) event.</summary>
    Task<AgreedEvent?> FindAsync(long eventId, CancellationToken cancellationToken);

    /// <summary>The live events of the companies, by first date.</summary>
    Task<IReadOnlyList<AgreedEvent>> ForCompaniesAsync(IReadOnlyCollection<int> companyIds, CancellationToken cancellationToken);

    /// <summary>Moves a live event to another date and time (a monthly one recurs from there); false when it is gone.</summary>
    Task<bool> MoveAsync(long eventId, DateOnly startsOn, TimeOnly? at, int repeatNumber, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Cancels a live event; false when it already was.</summary>
    Task<bool> CancelAsync(long eventId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records that the occurrences were reminded and returns those that had not been: each is reminded once, whichever instance asks.</summary>
    Task<IReadOnlyList<(long EventId, DateOnly Date)>> RecordRemindersAsync(IReadOnlyList<(long EventId, DateOnly Date)> occurrences, DateTimeOffset now, CancellationToken cancellationToken);
}
