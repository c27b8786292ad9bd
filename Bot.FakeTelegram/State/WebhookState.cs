namespace Bot.FakeTelegram.State;

internal sealed class WebhookState
{
    public Uri? Url { get; set; }

    public string? Secret { get; set; }

    public DateTimeOffset? LastErrorDate { get; set; }

    public string? LastErrorMessage { get; set; }
}
