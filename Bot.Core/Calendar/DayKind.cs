namespace Bot.Core.Calendar;

public enum DayKind
{
    Working,

    /// <summary>A working day one hour shorter (the eve of a holiday).</summary>
    Shortened,

    DayOff,
}
