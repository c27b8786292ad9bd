using Bot.Host.Agenda;
using Bot.Host.Filings;
using Bot.Host.Telegram;
using Bot.Host.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prometheus;

namespace Bot.Host.Operations;

public static class BotEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>/health/live (the process answers), /health/ready, /metrics, the filing system's
    /// /api/filings, the calendar feeds /calendar/{token}.ics and, in webhook mode, the webhook at the path of Telegram:WebhookUrl.</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteReasonsAsync });
        app.MapMetrics("/metrics");
        app.MapGet("/calendar/{file}", (string file, CalendarFeedEndpoint endpoint, CancellationToken cancellationToken) =>
            file.EndsWith(".ics", StringComparison.Ordinal) ? endpoint.HandleAsync(file[..^4], cancellationToken) : Task.FromResult(Results.NotFound()));
        app.MapPost("/api/filings", (HttpRequest request, FilingsEndpoint endpoint, CancellationToken cancellationToken) => endpoint.HandleAsync(request, cancellationToken));

        // Read raw: the options are validated only when the host starts, with clear messages.
        if (app.Configuration["Telegram:Mode"] == TelegramOptions.WebhookMode
            && Uri.TryCreate(app.Configuration["Telegram:WebhookUrl"], UriKind.Absolute, out var webhook))
        {
            app.MapPost(webhook.AbsolutePath, (HttpRequest request, WebhookEndpoint endpoint, CancellationToken cancellationToken) =>
                endpoint.HandleAsync(request, cancellationToken));
        }

        return app;
    }

    /// <summary>The status and, when not healthy, why: an operator reads the reason without the logs.</summary>
    private static Task WriteReasonsAsync(HttpContext context, HealthReport report)
    {
        var reasons = report.Entries.Values.Select(entry => entry.Description).OfType<string>().Where(reason => reason.Length > 0);
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy
            ? "Healthy"
            : $"{report.Status}: {string.Join("; ", reasons)}");
    }
}
