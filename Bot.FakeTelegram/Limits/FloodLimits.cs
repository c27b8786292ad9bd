namespace Bot.FakeTelegram.Limits;

/// <summary>How fast the bot may send before the fake answers 429. Defaults follow Telegram's published
/// guidance: about 30 messages a second overall, one a second per chat with a short burst, 20 a minute
/// per group.</summary>
public sealed record FloodLimits(
    double GlobalPerSecond = 30,
    int GlobalBurst = 30,
    double PerChatPerSecond = 1,
    int PerChatBurst = 3,
    int PerGroupPerMinute = 20)
{
    public static FloodLimits Telegram { get; } = new();

    /// <summary>For tests about something else that send in bursts; never the default.</summary>
    public static FloodLimits Unlimited { get; } = new(1e6, 1_000_000, 1e6, 1_000_000, 1_000_000);
}
