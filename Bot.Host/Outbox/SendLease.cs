using Bot.Host.Telegram;

namespace Bot.Host.Outbox;

/// <summary>How long a row taken for sending stays this instance's. It outlives the slowest possible delivery —
/// a wait for the chat's slot plus a call that times out — so a row is only taken over when its sender is
/// really gone.</summary>
internal static class SendLease
{
    /// <summary>The longest a row waits in memory for its chat's send slot; a slot further off sends the row back
    /// to the table.</summary>
    public static readonly TimeSpan MaxWaitInMemory = TimeSpan.FromSeconds(2);

    public static TimeSpan For(TelegramOptions telegram) => MaxWaitInMemory + TimeSpan.FromSeconds(telegram.RequestTimeoutSeconds + 10);
}
