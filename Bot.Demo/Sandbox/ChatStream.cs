using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bot.Demo.Sandbox;

/// <summary>GET /sandbox/api/events: Server-Sent Events carrying every message of every chat the sandbox plays — the whole
/// history when the page connects, then each new, edited or deleted message as the fake Telegram records it.</summary>
internal static class ChatStream
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(HttpContext http, SandboxCast cast)
    {
        var cancellationToken = http.RequestAborted;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var sent = new Dictionary<(string Person, int MessageId), string>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var change = cast.Api.NextChange;
                foreach (var (person, user) in cast.People)
                {
                    foreach (var message in user.Conversation)
                    {
                        var key = (person.Key, message.MessageId);
                        if (sent.GetValueOrDefault(key) != message.Version)
                        {
                            sent[key] = message.Version;
                            await http.Response.WriteAsync($"data: {JsonSerializer.Serialize(new { person = person.Key, message }, SandboxJson.Options)}\n\n", cancellationToken);
                        }
                    }
                }

                await http.Response.Body.FlushAsync(cancellationToken);
                if (await Task.WhenAny(change, Task.Delay(KeepAlive, cancellationToken)) != change)
                {
                    // A comment line keeps proxies and the browser from closing an idle stream.
                    await http.Response.WriteAsync(": alive\n\n", cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page went away.
        }
    }
}
