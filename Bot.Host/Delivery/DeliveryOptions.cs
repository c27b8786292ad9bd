using Bot.Storage.Outbox;

namespace Bot.Host.Delivery;

/// <summary>The <c>Delivery</c> section: how updates are handled and how fast replies go out. The send
/// rates stay a little under Telegram's published limits (30 messages/s overall, 1/s per chat with a short
/// burst, 20/min per group) so that Telegram never has to say 429.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Updates handled at once; one chat's updates are always handled one after another.</summary>
    public int InboxWorkers { get; set; } = 4;

    /// <summary>Updates (of different chats) a worker handles in one transaction, at most.</summary>
    public int InboxBatchSize { get; set; } = 20;

    /// <summary>How often an idle worker looks for due updates without being woken: updates whose retry came
    /// due, and those another instance stored.</summary>
    public double InboxPollSeconds { get; set; } = 0.25;

    /// <summary>Attempts before a failing update is parked for an operator.</summary>
    public int MaxHandlingAttempts { get; set; } = 5;

    /// <summary>How long a message that keeps meeting Telegram's 5xx, network errors or timeouts is tried
    /// before it is given up: an outage of hours loses nothing.</summary>
    public double RetryForHours { get; set; } = 48;

    /// <summary>The longest wait between two tries of such a message.</summary>
    public double MaxRetryDelaySeconds { get; set; } = 300;

    /// <summary>Tries of a message whose sending fails on our side (its file's bytes missing, a payload that
    /// cannot be read or built) before it is set aside with its error.</summary>
    public int MaxFaultedAttempts { get; set; } = 5;

    /// <summary>Updates one user may send per minute on average, and back to back (an album of ten photos is
    /// ten updates); beyond it they are answered once with «Слишком много сообщений…» and not handled.</summary>
    public double UserUpdatesPerMinute { get; set; } = 60;

    public int UserUpdateBurst { get; set; } = 30;

    /// <summary>A chat whose undelivered replies reach this many gets no more until they drain: its new updates are
    /// recorded, not handled.</summary>
    public int MaxPendingRepliesPerChat { get; set; } = 100;

    public double GlobalPerSecond { get; set; } = 28;

    public double PerChatPerSecond { get; set; } = 0.95;

    public int PerChatBurst { get; set; } = 3;

    public int PerGroupPerMinute { get; set; } = 19;

    /// <summary>Bot API calls in flight at once.</summary>
    public int SenderConcurrency { get; set; } = 16;

    /// <summary>The per-chat limit for the whole cluster, enforced where rows are taken for sending; the
    /// in-memory gates pace within it.</summary>
    public ChatPacing Pacing() => new(PerChatBurst, TimeSpan.FromSeconds(PerChatBurst / PerChatPerSecond), PerGroupPerMinute, TimeSpan.FromMinutes(1));
}
