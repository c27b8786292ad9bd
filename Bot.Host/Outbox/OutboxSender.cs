using Bot.Core.Messaging;
using Bot.Host.Delivery;
using Bot.Host.Operations;
using Bot.Host.Telegram;
using Bot.Storage.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Outbox;

/// <summary>Delivers the outbox: leases due rows, paces them through the <see cref="SendBudget"/>, calls
/// Telegram and records the outcome. A 429 defers only that chat by its retry_after; 5xx and network errors
/// back off; final refusals are recorded and not retried. Rows whose slot is far off go back to the table
/// rather than holding a sender.</summary>
internal sealed class OutboxSender(
    OutboxDelivery outbox,
    TelegramCalls telegram,
    SendBudget budget,
    BotMetrics metrics,
    OutboxSignal signal,
    IOptions<DeliveryOptions> options,
    IOptions<TelegramOptions> telegramOptions,
    ILogger<OutboxSender> log,
    TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxWaitInMemory = TimeSpan.FromSeconds(2);

    // A lease outlives the slowest possible delivery (a slot wait plus a call that times out), so a row is
    // only taken over when its sender is really gone.
    private TimeSpan Lease => MaxWaitInMemory + TimeSpan.FromSeconds(telegramOptions.Value.RequestTimeoutSeconds + 10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<OutboxItem> batch;
            try
            {
                batch = await outbox.LeaseDueAsync(options.Value.SenderConcurrency, time.GetUtcNow(), Lease, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                var delay = Backoff.For(++failures);
                log.LogWarning(error, "Reading the outbox failed; retrying in {Delay}", delay);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            if (batch.Count == 0)
            {
                await signal.WaitAsync(IdlePoll, stoppingToken);
                continue;
            }

            // Leased rows are finished even during a stop: a half-sent batch would only be sent again.
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = options.Value.SenderConcurrency }, async (item, _) => await DeliverSafelyAsync(item));
        }
    }

    private async Task DeliverSafelyAsync(OutboxItem item)
    {
        try
        {
            await DeliverAsync(item);
        }
        catch (Exception error)
        {
            // Most likely the database: the lease runs out and the row is delivered again later.
            log.LogError(error, "Recording the delivery of outbox row {Id} failed", item.Id);
        }
    }

    private async Task DeliverAsync(OutboxItem item)
    {
        if (item.Reply is not AnswerButton && item.ChatId is { } chatId)
        {
            if (!budget.TryReserve(chatId, MaxWaitInMemory, out var wait))
            {
                await outbox.DeferAsync(item.Id, time.GetUtcNow() + wait, null, countAttempt: false, CancellationToken.None);
                return;
            }

            await Task.Delay(wait, time);
        }

        var outcome = await telegram.DeliverAsync(item.Reply, CancellationToken.None);
        var now = time.GetUtcNow();
        switch (outcome)
        {
            case DeliveryOutcome.Sent sent:
                metrics.MessagesSent.Inc();
                await outbox.MarkSentAsync(item.Id, sent.MessageId, now, CancellationToken.None);
                break;
            case DeliveryOutcome.SlowDown slow:
                metrics.TooManyRequests.Inc();
                log.LogInformation("Telegram asked to slow down for outbox row {Id}; retrying in {Delay}", item.Id, slow.RetryAfter);
                if (item.ChatId is { } blocked)
                {
                    budget.Block(blocked, slow.RetryAfter);
                }

                await outbox.DeferAsync(item.Id, now + slow.RetryAfter, "429 Too Many Requests", countAttempt: true, CancellationToken.None);
                break;
            case DeliveryOutcome.Transient transient when item.Attempts + 1 < options.Value.MaxSendAttempts:
                metrics.Retries.Inc();
                var delay = Backoff.For(item.Attempts + 1);
                log.LogWarning("Sending outbox row {Id} failed ({Error}); retrying in {Delay}", item.Id, transient.Error, delay);
                await outbox.DeferAsync(item.Id, now + delay, transient.Error, countAttempt: true, CancellationToken.None);
                break;
            case DeliveryOutcome.Transient transient:
                metrics.Refused.Inc();
                log.LogError("Gave up outbox row {Id} after {Attempts} attempts: {Error}", item.Id, item.Attempts + 1, transient.Error);
                await outbox.MarkFailedAsync(item.Id, transient.Error, now, CancellationToken.None);
                break;
            case DeliveryOutcome.Refused refused:
                metrics.Refused.Inc();
                log.LogWarning("Telegram refused outbox row {Id}: {Error}", item.Id, refused.Error);
                await outbox.MarkFailedAsync(item.Id, refused.Error, now, CancellationToken.None);
                break;
        }
    }
}
