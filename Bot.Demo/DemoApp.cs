using System.Globalization;
using Bot.Demo.Clock;
using Bot.Demo.Sandbox;
using Bot.Demo.Seeding;
using Bot.FakeTelegram;
using Bot.FakeTelegram.Driver;
using Bot.Host.Startup;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Demo;

/// <summary>The demo running: the fake Bot API in this process, the real host polling it (composed by the same factory
/// as <c>run</c>, with the sandbox's endpoints and the demo's clock added), and the demonstration firm set up.</summary>
public sealed class DemoApp : IAsyncDisposable
{
    public const string FirmName = "Бухгалтерия и партнёры (демо)";

    private readonly FakeBotApi api;
    private readonly IHost host;

    private DemoApp(FakeBotApi api, IHost host, Uri sandbox)
    {
        this.api = api;
        this.host = host;
        SandboxUrl = sandbox;
    }

    /// <summary>The sandbox page.</summary>
    public Uri SandboxUrl { get; }

    public IHost Host => host;

    /// <summary>A person of the demonstration firm (see <see cref="DemoCast"/>), as the fake Telegram's user.</summary>
    public FakeUser Person(string key) => host.Services.GetRequiredService<SandboxCast>().Find(key) ?? throw new ArgumentException($"No one is called {key} in the demo.", nameof(key));

    public static async Task<DemoApp> StartAsync(DemoSettings settings, Action<ILoggingBuilder>? logging = null, CancellationToken cancellationToken = default)
    {
        var lastUpdateId = await DemoDatabase.PrepareAsync(settings.ConnectionString, settings.Reset, cancellationToken);
        if (settings.Reset && Directory.Exists(settings.FilesRoot))
        {
            Directory.Delete(settings.FilesRoot, recursive: true);
        }

        var clock = new DemoClock();
        var api = await FakeBotApi.StartAsync(new FakeBotApiOptions { Time = clock, BotUsername = "cabinet_demo_bot", LastUpdateId = lastUpdateId });
        var users = DemoCast.People.ToDictionary(person => person.Key, person => api.NewUser(person.Name, "ru"));
        var configuration = Configuration(settings, api, users["admin"]);
        var host = BotHostFactory.Create(HostCommand.Run, [], builder =>
        {
            Compose(builder, configuration, clock, logging);
            builder.Services.AddSingleton(new SandboxCast(api, users));
            builder.Services.AddSingleton<ClockControl>();
        }, SandboxEndpoints.Map);
        try
        {
            await StartupGuard.PrepareAsync(host, HostCommand.Run);
            await host.StartAsync(cancellationToken);
            await new DemoFirm(words => StartupGuard.RunToolInProcessAsync(builder => Compose(builder, configuration, clock, quiet => quiet.ClearProviders()), words))
                .SetUpAsync(users);
        }
        catch
        {
            host.Dispose();
            await api.DisposeAsync();
            throw;
        }

        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DemoApp(api, host, new Uri(new Uri(address), "/sandbox/"));
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        await api.DisposeAsync();
    }

    /// <summary>The demo's whole configuration: nothing of the bot's own (appsettings.json, the environment) is read, so
    /// the demo can never reach a real bot, chat or database.</summary>
    private static Dictionary<string, string?> Configuration(DemoSettings settings, FakeBotApi api, FakeUser administrator) => new()
    {
        ["Http:Urls"] = settings.Urls,
        ["Telegram:Token"] = api.Token,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
        ["Telegram:PollingTimeoutSeconds"] = "10",
        ["ConnectionStrings:Cabinet"] = settings.ConnectionString,
        ["Files:Root"] = settings.FilesRoot,
        ["Firm:Name"] = FirmName,
        ["Firm:Phone"] = "+7 495 000-00-00",
        ["Administrators:UserIds:0"] = administrator.Profile.Id.ToString(CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
        ["Logging:LogLevel:Quartz"] = "Warning",
    };

    private static void Compose(IHostApplicationBuilder builder, Dictionary<string, string?> configuration, DemoClock clock, Action<ILoggingBuilder>? logging)
    {
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        logging?.Invoke(builder.Logging);
    }
}
