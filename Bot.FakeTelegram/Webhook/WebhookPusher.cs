using System.Net.Http.Headers;
using System.Text;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Webhook;

/// <summary>While a webhook is set, delivers pending updates to it one at a time, in order, with the
/// <c>X-Telegram-Bot-Api-Secret-Token</c> header; an update leaves the queue only on a 2xx answer,
/// otherwise the error is kept for getWebhookInfo and the push is retried a second later.</summary>
internal sealed class WebhookPusher(BotState state) : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource stop = new();
    private Task? loop;

    public void Start() => loop = Task.Run(() => RunAsync(stop.Token));

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Task changed;
            (Uri Url, string? Secret, PendingUpdate Update)? next = null;
            lock (state.Gate)
            {
                changed = state.Changed;
                if (state.Webhook.Url is { } url && state.Updates.Count > 0)
                {
                    next = (url, state.Webhook.Secret, state.Updates[0]);
                }
            }

            if (next is null)
            {
                await changed.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            if (!await PushAsync(next.Value.Url, next.Value.Secret, next.Value.Update, cancellationToken))
            {
                await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<bool> PushAsync(Uri url, string? secret, PendingUpdate update, CancellationToken cancellationToken)
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
            return false;
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

        return error is null;
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
