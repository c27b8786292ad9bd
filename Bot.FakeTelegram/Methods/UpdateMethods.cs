using System.Text.Json.Nodes;
using Bot.FakeTelegram.Http;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Methods;

/// <summary>getUpdates with Telegram's semantics: an offset confirms everything before it, a negative one
/// keeps only the newest updates, limit is 1–100, timeout long-polls, and a newer poller ends the older
/// one with 409 Conflict — as does an active webhook.</summary>
internal sealed class UpdateMethods(BotState state)
{
    private const string TerminatedByPoller = "terminated by other getUpdates request; make sure that only one bot instance is running";

    public async Task<JsonNode> GetUpdatesAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var limit = (int)Math.Clamp(request.Number("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, request.Number("timeout") ?? 0));
        var types = request.Json("allowed_updates") is JsonArray allowed && allowed.Count > 0
            ? allowed.Select(type => type!.GetValue<string>()).ToHashSet(StringComparer.Ordinal)
            : null;
        var ticket = new PollTicket();
        lock (state.Gate)
        {
            if (state.Webhook.Url is not null)
            {
                throw BotApiException.Conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }

            Confirm(request.Number("offset"));
            state.CurrentPoll?.EndedBy = TerminatedByPoller;
            state.CurrentPoll = ticket;
            state.Signal();
        }

        try
        {
            return await WaitForUpdatesAsync(ticket, limit, types, timeout, cancellationToken);
        }
        finally
        {
            lock (state.Gate)
            {
                if (state.CurrentPoll == ticket)
                {
                    state.CurrentPoll = null;
                }
            }
        }
    }

    private async Task<JsonArray> WaitForUpdatesAsync(PollTicket ticket, int limit, HashSet<string>? types, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task changed;
            lock (state.Gate)
            {
                if (ticket.EndedBy is { } reason)
                {
                    throw BotApiException.Conflict(reason);
                }

                var batch = state.Updates.Where(update => types is null || types.Contains(update.Type)).Take(limit).ToList();
                if (batch.Count > 0 || DateTimeOffset.UtcNow >= deadline)
                {
                    return new JsonArray([.. batch.Select(update => (JsonNode)update.Json.DeepClone())]);
                }

                changed = state.Changed;
            }

            using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(deadline - DateTimeOffset.UtcNow, wake.Token);
            await Task.WhenAny(changed, delay);
            await wake.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void Confirm(long? offset)
    {
        if (offset is null or 0)
        {
            return;
        }

        if (offset > 0)
        {
            state.Updates.RemoveAll(update => update.UpdateId < offset);
        }
        else if (state.Updates.Count > -offset)
        {
            state.Updates.RemoveRange(0, state.Updates.Count - (int)-offset);
        }
    }
}
