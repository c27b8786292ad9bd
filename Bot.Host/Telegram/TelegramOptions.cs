namespace Bot.Host.Telegram;

/// <summary>The <c>Telegram</c> section. The token comes from the environment (<c>Telegram__Token</c>) in
/// production and is never logged.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";
    public const string PollingMode = "Polling";
    public const string WebhookMode = "Webhook";

    public string Token { get; set; } = "";

    /// <summary>Telegram's own Bot API; any other <see cref="ApiBaseUrl"/> is a self-hosted server.</summary>
    public const string OfficialApiHost = "api.telegram.org";

    /// <summary>Telegram's own server, a self-hosted Bot API server, or the tests' fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://" + OfficialApiHost;

    public string Mode { get; set; } = PollingMode;

    public string WebhookUrl { get; set; } = "";

    public string WebhookSecret { get; set; } = "";

    /// <summary>How long one getUpdates call waits for news before it is asked again.</summary>
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>How long any call to the Bot API may take; longer than the polling timeout.</summary>
    public int RequestTimeoutSeconds { get; set; } = 60;
}
