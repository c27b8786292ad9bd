using Bot.Core.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Host.Telegram;

public static class TelegramServiceCollectionExtensions
{
    public static IServiceCollection AddBotTelegram(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidation>();

        // The token is part of every request URL: the HTTP client must not log URLs.
        services.AddHttpClient(nameof(TelegramBotClient))
            .RemoveAllLoggers()
            .ConfigureHttpClient((provider, http) =>
                http.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<TelegramOptions>>().Value.RequestTimeoutSeconds));
        services.AddSingleton<ITelegramBotClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(TelegramBotClient));
            return new TelegramBotClient(new TelegramBotClientOptions(options.Token, options.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 }, http);
        });

        services.AddSingleton<DeliveryRetry>();
        services.AddSingleton<BotRegistration>();
        services.AddSingleton<TelegramFileFetcher>();
        services.AddScoped<IFileIntake, TelegramFileIntake>();
        services.AddSingleton<UpdatePoller>();
        services.AddSingleton<IntakeLimiter>();
        services.AddHostedService<PollingService>();
        return services;
    }
}
