namespace Bot.Host.Outbox;

/// <summary>A rate limit as a generic cell rate algorithm: sends are spaced one interval apart on average,
/// with up to <c>burst</c> of them allowed back to back.</summary>
internal sealed class RateGate(double perSecond, int burst)
{
    private readonly TimeSpan interval = TimeSpan.FromSeconds(1 / perSecond);
    // Far enough in the past that a fresh gate allows a full burst, near enough not to underflow.
    private DateTimeOffset theoreticalArrival = DateTimeOffset.UnixEpoch;

    public DateTimeOffset LastUse { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>The earliest moment a send may go at.</summary>
    public DateTimeOffset NextFree(DateTimeOffset now)
    {
        var tolerance = interval * (burst - 1);
        var free = theoreticalArrival - tolerance;
        return free > now ? free : now;
    }

    public void Take(DateTimeOffset at)
    {
        theoreticalArrival = (theoreticalArrival > at ? theoreticalArrival : at) + interval;
        LastUse = at;
    }

    /// <summary>Telegram said "retry after": nothing goes through this gate before then.</summary>
    public void Block(DateTimeOffset until)
    {
        var tolerance = interval * (burst - 1);
        if (until + tolerance > theoreticalArrival)
        {
            theoreticalArrival = until + tolerance;
        }
    }
}
