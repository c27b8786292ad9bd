using Bot.Core;
using Bot.Core.Access;
using Bot.Core.Onboarding;
using Bot.Host.Agenda;
using Bot.Host.Delivery;
using Bot.Host.Digests;
using Bot.Host.Filings;
using Bot.Host.Jobs;
using Bot.Host.Operations;
using Bot.Host.Reports;
using Bot.Host.Telegram;
using Bot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Host.Startup;

/// <summary>Composes the host the same way for Program and for the end-to-end tests, which add their
/// own configuration through <paramref name="customize"/>. Running the bot is a web application (webhook,
/// health, metrics on Http:Urls); migrating and the administrators' tools are a plain host that opens no
/// port and needs no token.</summary>
public static class BotHostFactory
{
    public const string DefaultUrls = "http://0.0.0.0:8080";

    /// <param name="extraEndpoints">Endpoints beside the bot's own, for a composition that is not production's (the demo's
    /// sandbox); <c>run</c> passes none.</param>
    public static IHost Create(HostCommand command, string[] configurationArgs, Action<IHostApplicationBuilder>? customize = null, Action<WebApplication>? extraEndpoints = null)
    {
        if (command != HostCommand.Run)
        {
            var tool = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(configurationArgs);
            // A tool's output is its answer (catalog export is a file): the log goes to stderr.
            tool.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            customize?.Invoke(tool);
            tool.Services.AddBotStorage().AddBotReports();

            // The onboarding by command is the bot's: the same service, with the administrators for a department without a head.
            tool.Services.AddOptions<AdministratorsOptions>().BindConfiguration(AdministratorsOptions.Section);
            tool.Services.AddScoped<ClientOnboarding>();
            return tool.Build();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configurationArgs });
        customize?.Invoke(builder);
        builder.WebHost.UseUrls(builder.Configuration["Http:Urls"] ?? DefaultUrls);
        // Request lines carry the path, and a calendar feed's path is its secret token: never logged.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Services.AddBotStorage().AddBotCore().AddBotReports().AddBotFilings().AddBotCalendar().AddBotTelegram().AddBotDelivery().AddBotOperations()
            .AddBotJobs(builder.Configuration["Firm:TimeZone"] ?? "Europe/Moscow", builder.Configuration[$"{DigestOptions.Section}:Cron"] ?? new DigestOptions().Cron);
        var app = builder.Build();
        app.MapBotEndpoints();
        extraEndpoints?.Invoke(app);
        return app;
    }
}
