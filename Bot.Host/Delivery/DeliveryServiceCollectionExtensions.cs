using Bot.Host.Inbox;
using Bot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Host.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>The inbox workers and the outbox sender: nothing received is lost, nothing sent twice on purpose.</summary>
    public static IServiceCollection AddBotDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidation>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<InboxIntake>();
        services.AddSingleton<HandlingFailures>();
        services.AddSingleton<SendBudget>();
        services.AddSingleton<ReplyHandOff>();
        services.AddSingleton<TelegramCalls>();
        services.AddSingleton<OutcomeRecorder>();
        services.AddHostedService<InboxWorkers>();
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<ClusterShare>();
        return services;
    }
}
