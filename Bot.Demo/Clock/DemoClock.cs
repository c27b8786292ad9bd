namespace Bot.Demo.Clock;

/// <summary>The demo's time: the real clock moved forward by what the sandbox's clock control added, so reminders,
/// escalations and the morning digest can be seen without waiting. Only ever moves forward.</summary>
public sealed class DemoClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves the clock to <paramref name="moment"/>; a moment already past changes nothing.</summary>
    public void MoveTo(DateTimeOffset moment)
    {
        var ahead = moment - GetUtcNow();
        if (ahead > TimeSpan.Zero)
        {
            Interlocked.Add(ref offsetTicks, ahead.Ticks);
        }
    }
}
