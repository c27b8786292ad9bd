namespace Bot.FakeTelegram.State;

/// <summary>One request the bot made and how the fake answered it (error code null when ok).</summary>
public sealed record ApiCall(string Method, int? ErrorCode, string? Description, DateTimeOffset At);
