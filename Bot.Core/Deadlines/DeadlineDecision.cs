namespace Bot.Core.Deadlines;

/// <summary>What becomes of a deadline a client asked for.</summary>
public abstract record DeadlineDecision
{
    private DeadlineDecision()
    {
    }

    public sealed record Accepted(DateOnly Deadline) : DeadlineDecision;

    /// <summary>Sooner than the регламент allows; <paramref name="Earliest"/> is the first date it allows.</summary>
    public sealed record TooShort(DateOnly Earliest, int MinimumWorkingDays) : DeadlineDecision;

    public sealed record InThePast(DateOnly Earliest) : DeadlineDecision;
}
