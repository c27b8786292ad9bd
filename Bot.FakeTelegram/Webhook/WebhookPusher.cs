using System.Net.Http.Headers;
using System.Text;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Webhook;

/// <summary>While a webhook is set, pushes pending updates to it as Telegram does: up to max_connections at
/// once, over all chats, and one at a time within a chat (the next update of a chat goes only once the
/// previous one is accepted), with the <c>X-Telegram-Bot-Api-Secret-Token</c> header. An update leaves the
/// queue only on a 2xx answer; otherwise the error is kept for getWebhookInfo and its chat is retried a
/// second later, while other chats go on.</summary>
internal sealed class WebhookPusher(BotState state) : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource stop = new();
    private Task? loop;

    public void Start() => loop = Task.Run(() => RunAsync(stop.Token));

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var inFlight = new Dictionary<long, Task>();
        while (!cancellationToken.IsCancellationRequested)
        {
            Task changed;
            lock (state.Gate)
            {
                changed = state.Changed;
                if (state.Webhook.Url is { } url)
                {
                    foreach (var update in NextPerChat(inFlight.Keys, state.Webhook.MaxConnections - inFlight.Count))
                    {
                        inFlight[ChatOf(update)] = PushAsync(url, state.Webhook.Secret, update, cancellationToken);
                    }

                    state.Webhook.PeakConnections = Math.Max(state.Webhook.PeakConnections, inFlight.Count);
                }
            }

            Task anyDone = Task.WhenAny([changed, .. inFlight.Values]).WaitAsync(cancellationToken);
            await anyDone.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            foreach (var done in inFlight.Where(pair => pair.Value.IsCompleted).Select(pair => pair.Key).ToList())
            {
                inFlight.Remove(done);
            }
        }

        await Task.WhenAll(inFlight.Values).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Each idle chat's oldest pending update, oldest first, at most <paramref name="room"/>.</summary>
    private List<PendingUpdate> NextPerChat(IEnumerable<long> busy, int room)
    {
        var taken = busy.ToHashSet();
        var next = new List<PendingUpdate>();
        foreach (var update in state.Updates)
        {
            if (next.Count >= room)
            {
                break;
            }

            if (taken.Add(ChatOf(update)))
            {
                next.Add(update);
            }
        }

        return next;
    }

    private static long ChatOf(PendingUpdate update) =>
        update.Json["message"]?["chat"]?["id"]?.GetValue<long>()
        ?? update.Json["callback_query"]?["message"]?["chat"]?["id"]?.GetValue<long>()
        ?? update.Json["callback_query"]?["from"]?["id"]?.GetValue<long>()
        ?? -update.UpdateId;

    private async Task PushAsync(Uri url, string? secret, PendingUpdate update, CancellationToken cancellationToken)
    {
        string? error;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(update.Json.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            if (secret is not null)
            {
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            error = response.IsSuccessStatusCode ? null : $"Wrong response from the webhook: {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = "Connection refused";
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (state.Gate)
        {
            if (error is null)
            {
                state.Updates.Remove(update);
            }
            else
            {
                state.Webhook.LastErrorDate = state.Time.GetUtcNow();
                state.Webhook.LastErrorMessage = error;
            }

            state.Signal();
        }

        if (error is not null)
        {
            await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (loop is not null)
        {
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        stop.Dispose();
        http.Dispose();
    }
}
