using Bot.Core.Messaging;
using Bot.Core.Users;

namespace Bot.Core.Tests.Builders;

/// <summary>Core's storage interface held in memory; the PostgreSQL implementation has its own tests.</summary>
internal sealed class InMemoryUserActivity : IUserActivityStore
{
    private readonly Dictionary<long, DateTimeOffset> lastSeen = [];

    public Task RecordSeenAsync(ChatUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lastSeen[user.Id] = now;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<long, string?>> LanguagesAsync(IReadOnlyCollection<long> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<long, string?>>(userIds.Where(lastSeen.ContainsKey).ToDictionary(id => id, _ => (string?)null));

    public Task<UserActivity> SummariseAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult(new UserActivity(lastSeen.Count, lastSeen.Values.Count(seen => seen >= since), "0001_telegram_users"));
}
