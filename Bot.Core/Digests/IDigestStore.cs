namespace Bot.Core.Digests;

/// <summary>The digests' data, recipients and records, in the current transaction.</summary>
public interface IDigestStore
{
    Task<DigestData> LoadAsync(DigestPeriod period, int worstPerGroup, CancellationToken cancellationToken);

    /// <summary>Managers in the bot who did not turn their digest off; <paramref name="administratorIds"/> see the whole firm.</summary>
    Task<IReadOnlyList<Manager>> ManagersAsync(IReadOnlyCollection<long> administratorIds, CancellationToken cancellationToken);

    /// <summary>Records today's digest of the manager; false if it was sent already.</summary>
    Task<bool> TryRecordAsync(long userId, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken);

    Task SetOptOutAsync(long userId, bool off, DateTimeOffset now, CancellationToken cancellationToken);
}
