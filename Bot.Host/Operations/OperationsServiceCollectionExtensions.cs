using Bot.Host.Webhook;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Operations;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>Health checks, metrics and the webhook endpoint.</summary>
    public static IServiceCollection AddBotOperations(this IServiceCollection services)
    {
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<PollerHealth>();
        services.AddSingleton<WebhookHealth>();
        services.AddSingleton<WebhookEndpoint>();
        services.AddHostedService<OutboxSampler>();
        services.AddHealthChecks().AddCheck<ReadinessCheck>("database, migrations and Telegram", tags: [BotEndpoints.ReadyTag]);
        return services;
    }
}
