using Bot.Core;
using Bot.Host.Delivery;
using Bot.Host.Telegram;
using Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Host.Startup;

/// <summary>Composes the host the same way for Program and for the end-to-end tests, which add their
/// own configuration through <paramref name="customize"/>.</summary>
public static class BotHostFactory
{
    public static IHost Create(HostCommand command, string[] configurationArgs, Action<HostApplicationBuilder>? customize = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(configurationArgs);
        customize?.Invoke(builder);
        builder.Services.AddBotStorage();
        if (command == HostCommand.Run)
        {
            builder.Services.AddBotCore().AddBotTelegram().AddBotDelivery();
        }

        return builder.Build();
    }
}
