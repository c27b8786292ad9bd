namespace Bot.Host.Telegram;

/// <summary>Exponential back-off with jitter: 0.5 s, 1 s, 2 s … capped (10 s unless told), so a database or
/// Telegram that comes back is noticed soon, while a long outage costs a call every few minutes at most.</summary>
internal static class Backoff
{
    private static readonly TimeSpan DefaultCap = TimeSpan.FromSeconds(10);

    public static TimeSpan For(int failures, TimeSpan? cap = null)
    {
        var limit = cap ?? DefaultCap;
        var baseDelay = TimeSpan.FromMilliseconds(500 * Math.Pow(2, Math.Clamp(failures - 1, 0, 20)));
        var jitter = TimeSpan.FromMilliseconds(Random.Shared.Next(0, 250));
        return baseDelay >= limit ? limit : baseDelay + jitter;
    }
}
