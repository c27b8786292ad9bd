using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Host.Delivery;
using Bot.Host.Operations;
using Bot.Host.Telegram;
using Bot.Storage.Inbox;
using Bot.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Inbox;

/// <summary>Records why an update's handling failed, in the claim's transaction. A transient failure
/// (<see cref="TelegramErrors.IsTransient"/>: Telegram's 5xx during a getFile, the network) is retried on a
/// back-off capped at <see cref="DeliveryOptions.MaxRetryDelaySeconds"/> without spending an attempt, for
/// <see cref="DeliveryOptions.RetryForHours"/>; any other failure spends one, and the update is parked once
/// they run out, its user told that it did not work.</summary>
internal sealed class HandlingFailures(BotMetrics metrics, IOptions<DeliveryOptions> options, ILogger<HandlingFailures> log, TimeProvider time)
{
    public async Task RecordAsync(IServiceProvider services, ClaimedUpdate claimed, Incoming? input, Exception error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var transient = TelegramErrors.IsTransient(error) && now.UtcDateTime - claimed.ReceivedAt < TimeSpan.FromHours(options.Value.RetryForHours);
        var attempt = claimed.Attempts + (transient ? 0 : 1);
        var park = !transient && attempt >= options.Value.MaxHandlingAttempts;
        metrics.UpdatesFailed.Inc();
        if (park)
        {
            metrics.UpdatesParked.Inc();
        }

        var retryAt = transient
            ? now + Backoff.For(claimed.TransientFailures + 1, TimeSpan.FromSeconds(options.Value.MaxRetryDelaySeconds))
            : now + Backoff.For(attempt);
        if (transient)
        {
            log.LogWarning(error, "Handling update {UpdateId} met a transient failure; retrying at {RetryAt}", claimed.UpdateId, retryAt);
        }
        else
        {
            log.LogError(error, "Handling update {UpdateId} failed (attempt {Attempt} of {MaxAttempts}){Parked}", claimed.UpdateId, attempt, options.Value.MaxHandlingAttempts, park ? "; parked" : "");
        }

        await services.GetRequiredService<InboxClaims>().RecordFailureAsync(
            claimed.UpdateId, $"{error.GetType().Name}: {error.Message}", now, park ? null : retryAt, countAttempt: !transient, cancellationToken);
        if (park && input is not null)
        {
            await services.GetRequiredService<OutboxWriter>().EnqueueAsync([Apology(input)], now, cancellationToken);
        }
    }

    private static Outgoing Apology(Incoming input)
    {
        var texts = Texts.For(input.From.LanguageCode);
        return input is IncomingButton press
            ? new AnswerButton(press.CallbackId, texts.ProcessingFailed)
            : new SendText(input.ChatId, texts.ProcessingFailed);
    }
}
