namespace Bot.Host.Telegram;

/// <summary>Exponential back-off with jitter: 0.5 s, 1 s, 2 s … capped at 10 s, so a database or Telegram that comes back is noticed soon.</summary>
internal static class Backoff
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(10);

    public static TimeSpan For(int failures)
    {
        var baseDelay = TimeSpan.FromMilliseconds(500 * Math.Pow(2, Math.Min(failures - 1, 10)));
        var jitter = TimeSpan.FromMilliseconds(Random.Shared.Next(0, 250));
        return baseDelay > Cap ? Cap : baseDelay + jitter;
    }
}
