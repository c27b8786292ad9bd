namespace Bot.FakeTelegram.Faults;

/// <summary>A fault for the next <see cref="Times"/> calls of <see cref="Method"/> (any method when null).</summary>
public sealed record Fault(string? Method, FaultKind Kind, int Times = 1, int StatusCode = 502, TimeSpan Delay = default)
{
    public int Remaining { get; set; } = Times;
}
