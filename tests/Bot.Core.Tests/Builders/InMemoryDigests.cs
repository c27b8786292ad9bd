using Bot.Core.Digests;
using Bot.Core.Localization;
using Bot.Core.Requests;

namespace Bot.Core.Tests.Builders;

/// <summary>Digest data, managers and records held in memory; the chart is not drawn (the Host's renderer has its own test).</summary>
internal sealed class InMemoryDigests : IDigestStore, IDigestChart
{
    private readonly HashSet<(long UserId, DateOnly Day)> sent = [];

    public DigestData Data { get; set; } = new([], [], new Dictionary<int, string>(), new Dictionary<int, string>(), []);

    public List<Manager> Managers { get; } = [];

    public HashSet<long> OptedOut { get; } = [];

    public Task<DigestData> LoadAsync(DigestPeriod period, int worstPerGroup, CancellationToken cancellationToken) => Task.FromResult(Data);

    public Task<IReadOnlyList<Manager>> ManagersAsync(IReadOnlyCollection<long> administratorIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Manager>>([.. Managers.Where(m => !OptedOut.Contains(m.UserId))]);

    public Task<bool> TryRecordAsync(long userId, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(sent.Add((userId, day)));

    public Task SetOptOutAsync(long userId, bool off, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _ = off ? OptedOut.Add(userId) : OptedOut.Remove(userId);
        return Task.CompletedTask;
    }

    public Task<StoredFileRef?> DrawAsync(DigestData data, IReadOnlyList<int> departments, Texts texts, CancellationToken cancellationToken) =>
        Task.FromResult<StoredFileRef?>(null);
}
