namespace Bot.FakeTelegram.State;

/// <summary>A getUpdates call in progress; a newer poller or setWebhook ends it with 409.</summary>
internal sealed class PollTicket
{
    public string? EndedBy { get; set; }
}
