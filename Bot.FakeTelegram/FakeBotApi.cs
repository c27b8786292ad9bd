using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.Faults;
using Bot.FakeTelegram.Http;
using Bot.FakeTelegram.Limits;
using Bot.FakeTelegram.Methods;
using Bot.FakeTelegram.State;
using Bot.FakeTelegram.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.FakeTelegram;

/// <summary>A strict fake of Telegram's Bot API, listening on 127.0.0.1 on a free port. Point a real
/// Telegram.Bot client at <see cref="BaseUrl"/> with <see cref="Token"/>; drive users with <see cref="NewUser"/>.</summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly BotState state;
    private readonly WebhookPusher webhook;
    private long lastUserId = 100_000;
    private long lastGroupId = -1_001_000_000_000;

    private FakeBotApi(WebApplication app, BotState state, WebhookPusher webhook, FakeBotApiOptions options)
    {
        this.app = app;
        this.state = state;
        this.webhook = webhook;
        Options = options;
    }

    public FakeBotApiOptions Options { get; }

    public string Token => Options.Token;

    public Uri BaseUrl { get; private set; } = null!;

    public FaultPlan Faults { get; } = new();

    /// <summary>Every call the bot made, with the error the fake answered (if any), oldest first.</summary>
    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (state.Gate)
            {
                return state.Calls.ToList();
            }
        }
    }

    public static async Task<FakeBotApi> StartAsync(FakeBotApiOptions? options = null)
    {
        options ??= new FakeBotApiOptions();
        var state = new BotState(options.Time, options.LastUpdateId);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes * 2);
        var app = builder.Build();

        var api = new FakeBotApi(app, state, new WebhookPusher(state), options);
        var endpoint = api.CreateEndpoint();
        app.Map("/bot{token}/{method}", (Microsoft.AspNetCore.Http.HttpContext http, string token, string method) => endpoint.HandleMethodAsync(http, token, method));
        app.MapGet("/file/bot{token}/{**path}", (Microsoft.AspNetCore.Http.HttpContext http, string token, string path) => endpoint.HandleFileAsync(http, token, path));
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.BaseUrl = new Uri(address);
        api.webhook.Start();
        return api;
    }

    /// <summary>A new user who has opened a private chat with the bot (so the bot may write to them).</summary>
    public FakeUser NewUser(string firstName = "Анна", string? languageCode = "ru")
    {
        lock (state.Gate)
        {
            var id = ++lastUserId;
            var chat = new ChatState(id, new FakeUserProfile(id, firstName, languageCode));
            state.Chats[id] = chat;
            return new FakeUser(state, chat, Options);
        }
    }

    /// <summary>A supergroup the bot administers — a forum with topics unless <paramref name="isForum"/> is false — where people write.</summary>
    public FakeForum NewForum(string title = "Сотрудники фирмы", bool isForum = true)
    {
        lock (state.Gate)
        {
            var id = --lastGroupId;
            var chat = new ChatState(id, new FakeUserProfile(id, title, null)) { Title = title, IsForum = isForum };
            state.Chats[id] = chat;
            return new FakeForum(state, chat, Options);
        }
    }

    /// <summary>The commands the bot registered for a language ("" for the default list).</summary>
    public IReadOnlyList<(string Command, string Description)> CommandsFor(string languageCode, string scope = "default")
    {
        lock (state.Gate)
        {
            return state.Commands.GetValueOrDefault(BotMethods.CommandsKey(scope, languageCode))?
                .Select(c => (c!["command"]!.GetValue<string>(), c["description"]!.GetValue<string>())).ToList() ?? [];
        }
    }

    /// <summary>The most webhook pushes that were in flight at one moment.</summary>
    public int WebhookPeakConnections
    {
        get
        {
            lock (state.Gate)
            {
                return state.Webhook.PeakConnections;
            }
        }
    }

    /// <summary>Updates not yet confirmed by the bot (getUpdates offset) or accepted by its webhook.</summary>
    public int PendingUpdateCount
    {
        get
        {
            lock (state.Gate)
            {
                return state.Updates.Count;
            }
        }
    }

    /// <summary>Completes at the next change anywhere in the fake (a message sent, edited or deleted, an update queued).</summary>
    public Task NextChange
    {
        get
        {
            lock (state.Gate)
            {
                return state.Changed;
            }
        }
    }

    /// <summary>A file Telegram holds (a user's upload or the bot's), by its file_id.</summary>
    public (byte[] Content, string? FileName, string? MimeType)? FindFile(string fileId)
    {
        lock (state.Gate)
        {
            return state.Files.TryGetValue(fileId, out var file) ? (file.Content, file.FileName, file.MimeType) : null;
        }
    }

    /// <summary>Telegram refuses every file id given so far in a send ("wrong file identifier"), as it does another
    /// bot's ids or ones it has dropped: the bot must upload the bytes it kept.</summary>
    public void ForgetFileIds()
    {
        lock (state.Gate)
        {
            state.ForgottenFileIds.UnionWith(state.Files.Keys);
        }
    }

    /// <summary>Waits until a getUpdates long poll is waiting at the fake.</summary>
    public Task WaitForLongPollAsync(TimeSpan? timeout = null) =>
        state.WaitAsync(() => state.CurrentPoll, timeout ?? TimeSpan.FromSeconds(10), "a waiting long poll");

    public Task WaitForCallAsync(string method, int? errorCode = null, TimeSpan? timeout = null) =>
        state.WaitAsync(
            () => state.Calls.FirstOrDefault(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase) && c.ErrorCode == errorCode),
            timeout ?? TimeSpan.FromSeconds(10),
            $"a {method} call answered {errorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "ok"}");

    private ApiEndpoint CreateEndpoint()
    {
        var flood = new FloodControl(Options.Flood, Options.Time);
        var methods = new MethodTable(
            new UpdateMethods(state),
            new WebhookMethods(state),
            new MessageMethods(state, flood, Options),
            new MediaMethods(state, flood, new InputFiles(state, Options), Options),
            new CallbackMethods(state, Options),
            new BotMethods(state, Options),
            new ForumMethods(state, flood));
        return new ApiEndpoint(Options, methods, Faults, state);
    }

    public async ValueTask DisposeAsync()
    {
        await webhook.DisposeAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
