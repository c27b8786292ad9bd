namespace Bot.Host.Outbox;

/// <summary>What became of one Bot API call.</summary>
public abstract record DeliveryOutcome
{
    /// <summary>Telegram took it (or it was already so: "message is not modified").</summary>
    public sealed record Sent(int? MessageId) : DeliveryOutcome;

    /// <summary>429: Telegram asks to wait this long.</summary>
    public sealed record SlowDown(TimeSpan RetryAfter) : DeliveryOutcome;

    /// <summary>5xx, a network error or a timeout: worth another try.</summary>
    public sealed record Transient(string Error) : DeliveryOutcome;

    /// <summary>A refusal that another try will not change (blocked by the user, a bad request).</summary>
    public sealed record Refused(string Error) : DeliveryOutcome;
}
