namespace Bot.FakeTelegram.State;

internal sealed class WebhookState
{
    public Uri? Url { get; set; }

    public string? Secret { get; set; }

    /// <summary>setWebhook's max_connections: how many updates Telegram pushes at once (1–100, 40 unless set).</summary>
    public int MaxConnections { get; set; } = 40;

    /// <summary>The most pushes that were in flight at one moment (for tests).</summary>
    public int PeakConnections { get; set; }

    public DateTimeOffset? LastErrorDate { get; set; }

    public string? LastErrorMessage { get; set; }
}
