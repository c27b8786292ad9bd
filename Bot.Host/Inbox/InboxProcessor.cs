using System.Text.Json;
using Bot.Core.Messaging;
using Bot.Core.Routing;
using Bot.Host.Delivery;
using Bot.Host.Operations;
using Bot.Host.Telegram;
using Bot.Storage.Connection;
using Bot.Storage.Inbox;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Host.Inbox;

/// <summary>Handles due updates from the inbox, a batch (at most one update per chat) in one DI scope and one
/// transaction: the updates' effects, their replies in the outbox and their "handled" marks commit together.
/// An update carrying a file is handled alone after its batch commits, so that no other chat waits on its
/// download from Telegram. An update whose chat already waits for <see cref="DeliveryOptions.MaxPendingRepliesPerChat"/>
/// replies is marked handled without being answered. When anything in a batch fails, the whole batch rolls back and its updates are
/// handled again one at a time, so that a failing update is recorded alone (<see cref="HandlingFailures"/>):
/// a transient failure is retried later without spending an attempt; any other is tried again after a
/// back-off and, once attempts run out, parked for an operator while the user is told that it did not work.
/// If the database itself fails, nothing is recorded and the updates are simply claimed again later.</summary>
internal sealed class InboxProcessor(
    IServiceScopeFactory scopes,
    InboxSignal inboxSignal,
    OutboxSignal outboxSignal,
    BotMetrics metrics,
    HandlingFailures failures,
    IOptions<DeliveryOptions> options,
    ILogger<InboxProcessor> log,
    TimeProvider time)
{
    private const string BeforeHandling = "before_handling";

    /// <summary>Returns how many updates were claimed: 0 when nothing was due.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<ClaimedUpdate> batch;
        List<ClaimedUpdate> oneByOne;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var session = services.GetRequiredService<DbSession>();
            await session.BeginAsync(cancellationToken);
            var claims = services.GetRequiredService<InboxClaims>();
            batch = await claims.ClaimDueAsync(options.Value.InboxBatchSize, time.GetUtcNow(), options.Value.MaxPendingRepliesPerChat, cancellationToken);
            if (batch.Count == 0)
            {
                return 0;
            }

            if (batch.Count == options.Value.InboxBatchSize)
            {
                inboxSignal.Notify(); // more may be due: another loop can take them meanwhile
            }

            var decoded = batch.Select(claimed => (Claimed: claimed, Decoded: TryDecode(claimed))).ToList();
            oneByOne = batch.Count > 1 ? [.. decoded.Where(d => d.Decoded?.Input is IncomingFile).Select(d => d.Claimed)] : [];
            var together = decoded.Where(d => !oneByOne.Contains(d.Claimed)).ToList();
            try
            {
                var replies = new List<Outgoing>();
                foreach (var (claimed, update) in together)
                {
                    if (claimed.PendingReplies >= options.Value.MaxPendingRepliesPerChat)
                    {
                        // The chat is far behind on its replies (its user floods the bot): recorded, not answered.
                        log.LogInformation("Update {UpdateId} not handled: its chat waits for {Count} replies already", claimed.UpdateId, claimed.PendingReplies);
                        metrics.UpdatesThrottled.Inc();
                        continue;
                    }

                    var (payload, input) = update ?? Decode(claimed);
                    replies.AddRange(await RouteAsync(services, payload, input, cancellationToken));
                }

                await FinishAsync(services, [.. together.Select(d => d.Claimed)], replies, cancellationToken);
                await session.CommitAsync(cancellationToken);
                outboxSignal.Notify();
            }
            catch (Exception error)
            {
                // Disposing the scope rolls the batch back; the one-at-a-time path below records the failure.
                log.LogDebug(error, "A batch of {Count} updates failed; handling them one at a time", together.Count);
                oneByOne = [.. batch];
            }
        }

        foreach (var claimed in oneByOne)
        {
            await ProcessOneAsync(claimed.UpdateId, cancellationToken);
        }

        return batch.Count;
    }

    private async Task ProcessOneAsync(long updateId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var session = services.GetRequiredService<DbSession>();
        await session.BeginAsync(cancellationToken);
        var claimed = await services.GetRequiredService<InboxClaims>().ClaimAsync(updateId, time.GetUtcNow(), cancellationToken);
        if (claimed is null)
        {
            return;
        }

        // The claim's row lock must outlive a failure: were it released before the failure is recorded,
        // another worker could take the same update at once. So the handling runs after a savepoint, a
        // failure rolls back to it, and the failure is recorded in the same transaction.
        await session.SaveAsync(BeforeHandling, cancellationToken);
        Incoming? input = null;
        try
        {
            (var update, input) = Decode(claimed);
            var replies = await RouteAsync(services, update, input, cancellationToken);
            await FinishAsync(services, [claimed], replies, cancellationToken);
        }
        catch (Exception error)
        {
            await session.RollbackToAsync(BeforeHandling, cancellationToken);
            await failures.RecordAsync(services, claimed, input, error, cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        outboxSignal.Notify();
    }

    private static (Update Update, Incoming? Input)? TryDecode(ClaimedUpdate claimed)
    {
        try
        {
            return Decode(claimed);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static (Update Update, Incoming? Input) Decode(ClaimedUpdate claimed)
    {
        var update = JsonSerializer.Deserialize<Update>(claimed.Payload, JsonBotAPI.Options)
            ?? throw new JsonException("The stored update is empty.");
        return (update, UpdateMapper.Map(update));
    }

    private static async Task<IReadOnlyList<Outgoing>> RouteAsync(IServiceProvider services, Update update, Incoming? input, CancellationToken cancellationToken) =>
        input is null
            ? AnswerIfPress(update)
            : await services.GetRequiredService<UpdateRouter>().RouteAsync(input, cancellationToken);

    private async Task FinishAsync(IServiceProvider services, IReadOnlyList<ClaimedUpdate> handled, IReadOnlyList<Outgoing> replies, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await services.GetRequiredService<OutboxWriter>().EnqueueAsync(replies, now, cancellationToken);
        await services.GetRequiredService<InboxClaims>().MarkHandledAsync([.. handled.Select(claimed => claimed.UpdateId)], now, cancellationToken);
        metrics.UpdatesHandled.Inc(handled.Count);
        foreach (var claimed in handled)
        {
            metrics.HandlingLatency.Observe((now.UtcDateTime - claimed.ReceivedAt).TotalSeconds);
        }
    }

    private static List<Outgoing> AnswerIfPress(Update update) =>
        update.CallbackQuery is { } press ? [new AnswerButton(press.Id)] : [];
}
