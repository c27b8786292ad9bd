namespace Bot.Demo.Clock;

/// <summary>What the sandbox's clock control does: the same time on the next working day, or the start of the next
/// working day (when the morning digest goes out).</summary>
public enum ClockMove
{
    NextWorkingDay,
    WorkdayStart,
}
