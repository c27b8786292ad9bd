using Bot.FakeTelegram;
using Bot.FakeTelegram.Driver;
using Bot.Host.Startup;
using Bot.Testing.Logging;
using Bot.Testing.Postgres;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.EndToEnd.Tests.Support;

/// <summary>The real host, composed as Program composes it, polling the strict fake Bot API through the
/// real Telegram.Bot client, with its data in a fresh PostgreSQL database built by the migrations.</summary>
public sealed class BotUnderTest : IAsyncLifetime, IAsyncDisposable
{
    public const string FirmName = "Бухгалтерия & Партнёры";
    public const string FirmPhone = "+7 495 123-45-67";

    private TestDatabase database = new();
    private readonly List<IHost> hosts = [];

    /// <summary>How strict the fake is; Telegram's own limits unless a test says otherwise.</summary>
    public FakeBotApiOptions ApiOptions { get; init; } = new();

    /// <summary>Configuration on top of the defaults below, for every instance.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public FakeBotApi Api { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    /// <summary>A user named in Administrators:UserIds.</summary>
    public FakeUser Administrator { get; private set; } = null!;

    public string DatabaseConnectionString => database.ConnectionString;

    /// <summary>The firm's file store of this bot (Files:Root), a fresh folder removed at the end.</summary>
    public string FilesRoot { get; } = Directory.CreateTempSubdirectory("bot-files-").FullName;

    /// <summary>The host's clock; the real one unless set.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The PostgreSQL server for this bot's database; the test run's shared one unless set.</summary>
    public string? DatabaseServer { get; init; }

    /// <summary>Instances started at once on a database none of them has prepared yet (its schema is
    /// created by whichever gets there first).</summary>
    public int FirstInstances { get; init; } = 1;

    /// <summary>A staff forum group made in the fake before the first instance starts, and configured as Chat:StaffGroupId.</summary>
    public bool WithStaffForum { get; init; }

    public FakeForum? StaffForum { get; private set; }

    public async Task InitializeAsync()
    {
        Api = await FakeBotApi.StartAsync(ApiOptions);
        database = new TestDatabase { Server = DatabaseServer, Migrate = FirstInstances == 1 };
        await database.InitializeAsync();
        Administrator = Api.NewUser("Ольга", "ru");
        StaffForum = WithStaffForum ? Api.NewForum() : null;
        await Task.WhenAll(Enumerable.Range(0, FirstInstances).Select(_ => StartHostAsync()));
    }

    public IReadOnlyList<IHost> Instances => hosts;

    /// <summary>Starts one more instance of the host on the same database and fake Telegram, with its own
    /// <paramref name="settings"/> over the bot's (another Files:Root, say).</summary>
    public async Task<IHost> StartHostAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = BuildHost(settings);
        await StartupGuard.PrepareAsync(host, HostCommand.Run);
        await host.StartAsync();
        lock (hosts)
        {
            hosts.Add(host);
        }

        return host;
    }

    /// <summary>An instance composed but not started: its services can reach the database while no host runs.</summary>
    public IHost BuildHost(IReadOnlyDictionary<string, string?>? settings = null) =>
        BotHostFactory.Create(HostCommand.Run, [], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Http:Urls"] = "http://127.0.0.1:0",
                ["Telegram:Token"] = Api.Token,
                ["Telegram:ApiBaseUrl"] = Api.BaseUrl.ToString(),
                ["Telegram:PollingTimeoutSeconds"] = "2",
                ["Telegram:RequestTimeoutSeconds"] = "5",
                ["ConnectionStrings:Cabinet"] = database.ConnectionString,
                ["Delivery:MaxHandlingAttempts"] = "3",
                ["Files:Root"] = FilesRoot,
                ["Firm:Name"] = FirmName,
                ["Firm:Phone"] = FirmPhone,
                ["Administrators:UserIds:0"] = Administrator.Profile.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            if (StaffForum is not null)
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Chat:StaffGroupId"] = StaffForum.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            builder.Configuration.AddInMemoryCollection(Settings);
            builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
            if (Clock is not null)
            {
                builder.Services.AddSingleton(Clock);
            }

            builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Debug);
        });

    /// <summary>Where an instance serves /health, /metrics and the webhook.</summary>
    public static Uri AddressOf(IHost host) =>
        new(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Stops every running instance.</summary>
    public async Task StopHostAsync()
    {
        foreach (var host in hosts.ToList())
        {
            await StopHostAsync(host);
        }
    }

    public async Task StopHostAsync(IHost host)
    {
        hosts.Remove(host);
        await host.StopAsync();
        host.Dispose();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        await StopHostAsync();
        await Api.DisposeAsync();
        await database.DisposeAsync();
        if (Directory.Exists(FilesRoot))
        {
            Directory.Delete(FilesRoot, recursive: true);
        }
    }
}
