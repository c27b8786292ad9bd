namespace Bot.Host.Operations;

/// <summary>Whether Telegram took this instance's webhook registration: a refused setWebhook leaves the bot deaf,
/// so it fails readiness with Telegram's reason until a registration succeeds.</summary>
internal sealed class WebhookHealth
{
    private volatile string? failure;

    public string? Failure => failure;

    public void Registered() => failure = null;

    public void Refused(string reason) => failure = reason;
}
