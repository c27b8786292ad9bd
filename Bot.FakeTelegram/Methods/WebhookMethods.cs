using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.FakeTelegram.Http;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Methods;

/// <summary>setWebhook, deleteWebhook and getWebhookInfo. Telegram insists on HTTPS on port 443, 80, 88 or 8443;
/// the fake also takes plain HTTP to a loopback address on any port, as a self-hosted Bot API server in local
/// mode does, since that is the only place a test's webhook can live.</summary>
internal sealed partial class WebhookMethods(BotState state)
{
    public JsonNode SetWebhook(ApiRequest request)
    {
        var url = request.Text("url") ?? "";
        var secret = request.Text("secret_token");
        if (secret is not null && !SecretToken().IsMatch(secret))
        {
            throw BotApiException.BadRequest("secret token contains unallowed characters");
        }

        Uri? target = null;
        if (url.Length > 0 && (!Uri.TryCreate(url, UriKind.Absolute, out target) || !Acceptable(target)))
        {
            throw BotApiException.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var connections = request.Number("max_connections") ?? 40;
        if (connections is < 1 or > 100)
        {
            throw BotApiException.BadRequest("bad webhook: max_connections must be between 1 and 100");
        }

        if (target is { Scheme: "https", Port: not (443 or 80 or 88 or 8443) })
        {
            throw BotApiException.BadRequest("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");
        }

        lock (state.Gate)
        {
            state.Webhook.Url = target;
            state.Webhook.Secret = target is null ? null : secret;
            state.Webhook.MaxConnections = (int)connections;
            state.Webhook.LastErrorDate = null;
            state.Webhook.LastErrorMessage = null;
            Drop(request.Bool("drop_pending_updates"));
            if (target is not null)
            {
                state.CurrentPoll?.EndedBy = "terminated by setWebhook request";
            }

            state.Signal();
            return true;
        }
    }

    public JsonNode DeleteWebhook(ApiRequest request)
    {
        lock (state.Gate)
        {
            state.Webhook.Url = null;
            state.Webhook.Secret = null;
            Drop(request.Bool("drop_pending_updates"));
            state.Signal();
            return true;
        }
    }

    public JsonNode GetWebhookInfo(ApiRequest request)
    {
        lock (state.Gate)
        {
            var info = new JsonObject
            {
                ["url"] = state.Webhook.Url?.ToString() ?? "",
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = state.Updates.Count,
            };
            if (state.Webhook.LastErrorDate is { } date)
            {
                info["last_error_date"] = date.ToUnixTimeSeconds();
                info["last_error_message"] = state.Webhook.LastErrorMessage;
            }

            return info;
        }
    }

    private void Drop(bool dropPending)
    {
        if (dropPending)
        {
            state.Updates.Clear();
        }
    }

    private static bool Acceptable(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}
