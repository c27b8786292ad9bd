using System.Text.Json;
using Bot.Core.Localization;
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

/// <summary>Handles one update from the inbox in one DI scope and one transaction: the update's effects,
/// its replies in the outbox and its "handled" mark commit together. A failure rolls all of it back and is
/// recorded; the update is tried again after a back-off and, once attempts run out, parked for an operator
/// while the user is told that it did not work. If the database itself fails, nothing is recorded and the
/// update is simply claimed again later.</summary>
internal sealed class InboxProcessor(
    IServiceScopeFactory scopes,
    OutboxSignal outboxSignal,
    BotMetrics metrics,
    IOptions<DeliveryOptions> options,
    ILogger<InboxProcessor> log,
    TimeProvider time)
{
    private const string BeforeHandling = "before_handling";

    /// <summary>Returns false when nothing was due.</summary>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var session = services.GetRequiredService<DbSession>();
        await session.BeginAsync(cancellationToken);
        var claims = services.GetRequiredService<InboxClaims>();
        var claimed = await claims.ClaimNextAsync(time.GetUtcNow(), cancellationToken);
        if (claimed is null)
        {
            return false;
        }

        // The claim's row lock must outlive a failure: were it released before the failure is recorded,
        // another worker could take the same update at once. So the handling runs after a savepoint, a
        // failure rolls back to it, and the failure is recorded in the same transaction.
        await session.SaveAsync(BeforeHandling, cancellationToken);
        Incoming? input = null;
        try
        {
            var update = JsonSerializer.Deserialize<Update>(claimed.Payload, JsonBotAPI.Options)
                ?? throw new JsonException("The stored update is empty.");
            input = UpdateMapper.Map(update);
            var replies = input is null ? AnswerIfPress(update) : await services.GetRequiredService<UpdateRouter>().RouteAsync(input, cancellationToken);
            await services.GetRequiredService<OutboxWriter>().EnqueueAsync(replies, time.GetUtcNow(), cancellationToken);
            await claims.MarkHandledAsync(claimed.UpdateId, time.GetUtcNow(), cancellationToken);
            metrics.UpdatesHandled.Inc();
            metrics.HandlingLatency.Observe((time.GetUtcNow().UtcDateTime - claimed.ReceivedAt).TotalSeconds);
        }
        catch (Exception error)
        {
            await session.RollbackToAsync(BeforeHandling, cancellationToken);
            await RecordFailureAsync(services, claimed, input, error, cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        return true;
    }

    private async Task RecordFailureAsync(IServiceProvider services, ClaimedUpdate claimed, Incoming? input, Exception error, CancellationToken cancellationToken)
    {
        var attempt = claimed.Attempts + 1;
        var park = attempt >= options.Value.MaxHandlingAttempts;
        metrics.UpdatesFailed.Inc();
        if (park)
        {
            metrics.UpdatesParked.Inc();
        }

        log.LogError(error, "Handling update {UpdateId} failed (attempt {Attempt} of {MaxAttempts}){Parked}", claimed.UpdateId, attempt, options.Value.MaxHandlingAttempts, park ? "; parked" : "");
        var now = time.GetUtcNow();
        await services.GetRequiredService<InboxClaims>().RecordFailureAsync(
            claimed.UpdateId, $"{error.GetType().Name}: {error.Message}", now, park ? null : now + Backoff.For(attempt), cancellationToken);
        if (park && input is not null)
        {
            await services.GetRequiredService<OutboxWriter>().EnqueueAsync([Apology(input)], now, cancellationToken);
        }
    }

    private static List<Outgoing> AnswerIfPress(Update update) =>
        update.CallbackQuery is { } press ? [new AnswerButton(press.Id)] : [];

    private static Outgoing Apology(Incoming input)
    {
        var texts = Texts.For(input.From.LanguageCode);
        return input is IncomingButton press
            ? new AnswerButton(press.CallbackId, texts.ProcessingFailed)
            : new SendText(input.ChatId, texts.ProcessingFailed);
    }
}
