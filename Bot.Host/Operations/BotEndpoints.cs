using Bot.Host.Telegram;
using Bot.Host.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Prometheus;

namespace Bot.Host.Operations;

public static class BotEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>/health/live (the process answers), /health/ready, /metrics and, in webhook mode, the
    /// webhook at the path of Telegram:WebhookUrl.</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapMetrics("/metrics");

        // Read raw: the options are validated only when the host starts, with clear messages.
        if (app.Configuration["Telegram:Mode"] == TelegramOptions.WebhookMode
            && Uri.TryCreate(app.Configuration["Telegram:WebhookUrl"], UriKind.Absolute, out var webhook))
        {
            app.MapPost(webhook.AbsolutePath, (HttpRequest request, WebhookEndpoint endpoint, CancellationToken cancellationToken) =>
                endpoint.HandleAsync(request, cancellationToken));
        }

        return app;
    }
}
