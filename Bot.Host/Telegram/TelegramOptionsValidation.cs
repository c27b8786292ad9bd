using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Telegram;

/// <summary>Each failure names the key and says how to fix it; none repeats the token.</summary>
public sealed partial class TelegramOptionsValidation : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add("Telegram:Token is not set: create a bot with @BotFather in Telegram and put its token in the environment variable Telegram__Token.");
        }
        else if (!TokenShape().IsMatch(options.Token))
        {
            failures.Add("Telegram:Token does not look like a bot token (digits, a colon, then letters and digits): copy it again from @BotFather.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Telegram:ApiBaseUrl must be an absolute http(s) URL, such as https://api.telegram.org or http://localhost:8081 for a self-hosted Bot API server.");
        }

        if (options.Mode == TelegramOptions.WebhookMode)
        {
            if (!WebhookUrlAcceptable(options.WebhookUrl, api))
            {
                failures.Add("Telegram:WebhookUrl must be the public https URL Telegram posts updates to, on port 443, 80, 88 or 8443 " +
                    "(Telegram:Mode is Webhook); only a self-hosted Bot API server (Telegram:ApiBaseUrl) may post to http or another port.");
            }

            if (!SecretShape().IsMatch(options.WebhookSecret))
            {
                failures.Add("Telegram:WebhookSecret must be 32–256 letters, digits, '_' or '-' (Telegram:Mode is Webhook), for example the output of " +
                    "'openssl rand -hex 32'; keep it in Telegram__WebhookSecret.");
            }
        }
        else if (options.Mode != TelegramOptions.PollingMode)
        {
            failures.Add($"Telegram:Mode must be {TelegramOptions.PollingMode} or {TelegramOptions.WebhookMode}.");
        }

        if (options.PollingTimeoutSeconds is < 0 or > 50)
        {
            failures.Add("Telegram:PollingTimeoutSeconds must be between 0 and 50.");
        }

        if (options.RequestTimeoutSeconds <= options.PollingTimeoutSeconds)
        {
            failures.Add("Telegram:RequestTimeoutSeconds must be longer than Telegram:PollingTimeoutSeconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Telegram's own servers post only to https on these ports; a self-hosted Bot API server in local
    /// mode also posts to http and any port.</summary>
    private static bool WebhookUrlAcceptable(string url, Uri? api)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var webhook) || (webhook.Scheme != Uri.UriSchemeHttps && webhook.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        var official = api is null || api.Host.Equals(TelegramOptions.OfficialApiHost, StringComparison.OrdinalIgnoreCase);
        return !official || (webhook.Scheme == Uri.UriSchemeHttps && webhook.Port is 443 or 80 or 88 or 8443);
    }

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{20,}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{32,256}$")]
    private static partial Regex SecretShape();
}
