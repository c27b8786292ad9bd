using System.Text.Json;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Routing;
using Bot.Host.Delivery;
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
/// while the user is told that it did not work.</summary>
internal sealed class InboxProcessor(
    IServiceScopeFactory scopes,
    OutboxSignal outboxSignal,
    IOptions<DeliveryOptions> options,
    ILogger<InboxProcessor> log,
    TimeProvider time)
{
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

        Incoming? input = null;
        try
        {
            var update = JsonSerializer.Deserialize<Update>(claimed.Payload, JsonBotAPI.Options)
                ?? throw new JsonException("The stored update is empty.");
            input = UpdateMapper.Map(update);
            var replies = input is null ? AnswerIfPress(update) : await services.GetRequiredService<UpdateRouter>().RouteAsync(input, cancellationToken);
            await services.GetRequiredService<OutboxWriter>().EnqueueAsync(replies, time.GetUtcNow(), cancellationToken);
            await claims.MarkHandledAsync(claimed.UpdateId, time.GetUtcNow(), cancellationToken);
            await session.CommitAsync(cancellationToken);
        }
        catch (Exception error)
        {
            await session.DisposeAsync();
            await RecordFailureAsync(claimed, input, error, cancellationToken);
        }

        outboxSignal.Notify();
        return true;
    }

    private async Task RecordFailureAsync(ClaimedUpdate claimed, Incoming? input, Exception error, CancellationToken cancellationToken)
    {
        var attempt = claimed.Attempts + 1;
        var park = attempt >= options.Value.MaxHandlingAttempts;
        log.LogError(error, "Handling update {UpdateId} failed (attempt {Attempt} of {MaxAttempts}){Parked}", claimed.UpdateId, attempt, options.Value.MaxHandlingAttempts, park ? "; parked" : "");
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<DbSession>();
            await session.BeginAsync(cancellationToken);
            var now = time.GetUtcNow();
            await scope.ServiceProvider.GetRequiredService<InboxClaims>().RecordFailureAsync(
                claimed.UpdateId, $"{error.GetType().Name}: {error.Message}", now, park ? null : now + Backoff.For(attempt), cancellationToken);
            if (park && input is not null)
            {
                await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync([Apology(input)], now, cancellationToken);
            }

            await session.CommitAsync(cancellationToken);
        }
        catch (Exception recording)
        {
            // The database itself is likely down: the update stays unhandled and is claimed again later.
            log.LogError(recording, "Recording the failure of update {UpdateId} failed", claimed.UpdateId);
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
