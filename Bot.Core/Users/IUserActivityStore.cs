using Bot.Core.Messaging;

namespace Bot.Core.Users;

/// <summary>Remembers who has written to the bot and when.</summary>
public interface IUserActivityStore
{
    Task RecordSeenAsync(ChatUser user, DateTimeOffset now, CancellationToken cancellationToken);

    Task<UserActivity> SummariseAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The Telegram language codes of those of the users who have written to the bot.</summary>
    Task<IReadOnlyDictionary<long, string?>> LanguagesAsync(IReadOnlyCollection<long> userIds, CancellationToken cancellationToken);
}
