using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.EndToEnd.Tests.Support;

/// <summary>A load balancer in front of webhook instances: each POST goes to the next backend in turn,
/// with its body and secret header; the backend's status goes back to Telegram.</summary>
public sealed class RoundRobinBalancer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient http = new();
    private readonly List<Uri> backends = [];
    private readonly Dictionary<Uri, int> forwarded = [];
    private int next;

    private RoundRobinBalancer(WebApplication app) => this.app = app;

    public Uri Address => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public IReadOnlyDictionary<Uri, int> Forwarded
    {
        get
        {
            lock (backends)
            {
                return new Dictionary<Uri, int>(forwarded);
            }
        }
    }

    public static async Task<RoundRobinBalancer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var balancer = new RoundRobinBalancer(builder.Build());
        balancer.app.MapPost("/{**path}", balancer.ForwardAsync);
        await balancer.app.StartAsync();
        return balancer;
    }

    public void Add(Uri backend)
    {
        lock (backends)
        {
            backends.Add(backend);
        }
    }

    private async Task ForwardAsync(HttpContext context)
    {
        Uri backend;
        lock (backends)
        {
            backend = backends[next++ % backends.Count];
            forwarded[backend] = forwarded.GetValueOrDefault(backend) + 1;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(backend, context.Request.Path)) { Content = new ByteArrayContent(body.ToArray()) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        foreach (var header in context.Request.Headers.Where(h => h.Key.StartsWith("X-Telegram", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.Add(header.Key, header.Value.ToString());
        }

        using var response = await http.SendAsync(request);
        context.Response.StatusCode = (int)response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        http.Dispose();
    }
}
