using Bot.Host.Telegram;
using Bot.Storage.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bot.Host.Operations;

/// <summary>Ready means: the database answers, every migration is applied, and the poller (if this instance
/// polls) is getting through to Telegram, and Telegram took the webhook (in webhook mode).</summary>
internal sealed class ReadinessCheck(SchemaMigrator migrator, PollerHealth poller, WebhookHealth webhook, IOptions<TelegramOptions> telegram) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!migrator.IsUpToDate())
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("Migrations are pending."));
            }
        }
        catch (Exception error) when (error is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The database does not answer."));
        }

        if (webhook.Failure is { } refusal)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Telegram did not take the webhook: {refusal}"));
        }

        var silence = TimeSpan.FromSeconds((telegram.Value.PollingTimeoutSeconds * 2) + 30);
        return Task.FromResult(poller.IsHealthy(silence)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Polling Telegram keeps failing."));
    }
}
