namespace Bot.Host.Outbox;

/// <summary>What became of one outbox row's delivery. Every row ends a round with exactly one of these:
/// nothing a row does may end the sender.</summary>
public abstract record DeliveryOutcome
{
    /// <summary>Telegram took it (or it was already so: "message is not modified").</summary>
    public sealed record Sent(int? MessageId) : DeliveryOutcome;

    /// <summary>429: Telegram asks to wait this long.</summary>
    public sealed record SlowDown(TimeSpan RetryAfter) : DeliveryOutcome;

    /// <summary>5xx, a network error or a timeout: Telegram will take it later; tried for hours.</summary>
    public sealed record Transient(string Error) : DeliveryOutcome;

    /// <summary>A refusal that another try will not change (blocked by the user, a bad request).</summary>
    public sealed record Refused(string Error) : DeliveryOutcome;

    /// <summary>Our side failed before Telegram could answer (the file's bytes are missing, the request could not
    /// be built, the row could not be read): tried a few times, then set aside with the error.</summary>
    public sealed record Faulted(string Error) : DeliveryOutcome;

    /// <summary>The file's bytes in the content store no longer match their hash: ended at once, never sent.</summary>
    public sealed record Damaged(string FileName, string Error) : DeliveryOutcome;

    /// <summary>The chat's send slot is far off: the row went back to the table to wait for it.</summary>
    public sealed record Postponed : DeliveryOutcome;
}
