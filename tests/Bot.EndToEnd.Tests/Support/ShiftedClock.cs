namespace Bot.EndToEnd.Tests.Support;

/// <summary>The real clock moved to another date: the host believes it is then, while its timers run in real time.</summary>
internal sealed class ShiftedClock(TimeSpan shift) : TimeProvider
{
    public static ShiftedClock To(DateTimeOffset now) => new(now - System.GetUtcNow());

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
