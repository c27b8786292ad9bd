using Bot.Core.Messaging;
using Bot.Host.Delivery;
using Bot.Host.Operations;
using Bot.Host.Telegram;
using Bot.Storage.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Outbox;

/// <summary>Delivers the outbox: several loops each lease a batch of due rows (one statement leases
/// them and one records those sent, however many there are), pace them through the
/// <see cref="SendBudget"/>, call Telegram and record the outcomes. A 429 defers only that chat by its
/// retry_after; 5xx and network errors back off; final refusals are recorded and not retried. Rows whose
/// slot is far off go back to the table rather than holding a loop.</summary>
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
    private const int RowsPerLease = 8;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxWaitInMemory = TimeSpan.FromSeconds(2);

    // A lease outlives the slowest possible delivery (a slot wait plus a call that times out), so a row is
    // only taken over when its sender is really gone.
    private TimeSpan Lease => MaxWaitInMemory + TimeSpan.FromSeconds(telegramOptions.Value.RequestTimeoutSeconds + 10);

    // The per-chat limit for the whole cluster, enforced by the lease; the in-memory gates pace within it.
    private ChatPacing Pacing => new(
        options.Value.PerChatBurst,
        TimeSpan.FromSeconds(options.Value.PerChatBurst / options.Value.PerChatPerSecond),
        options.Value.PerGroupPerMinute,
        TimeSpan.FromMinutes(1));

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = Math.Max(1, options.Value.SenderConcurrency / RowsPerLease);
        return Task.WhenAll(Enumerable.Range(0, loops).Select(_ => Task.Run(() => RunAsync(stoppingToken), CancellationToken.None)));
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<OutboxItem> batch;
            try
            {
                batch = await outbox.LeaseDueAsync(RowsPerLease, time.GetUtcNow(), Lease, Pacing, stoppingToken);
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

            if (batch.Count == RowsPerLease)
            {
                signal.Notify(); // more may be due: another loop can lease them meanwhile
            }

            // Leased rows are finished even during a stop: a half-sent batch would only be sent again.
            var outcomes = await Task.WhenAll(batch.Select(DeliverAsync));
            await RecordSafelyAsync(batch.Zip(outcomes).ToList());
        }
    }

    /// <summary>Null when the row went back to the table to wait for its slot.</summary>
    private async Task<DeliveryOutcome?> DeliverAsync(OutboxItem item)
    {
        if (item.Reply is not AnswerButton && item.ChatId is { } chatId)
        {
            if (!budget.TryReserve(chatId, MaxWaitInMemory, out var wait))
            {
                await outbox.DeferAsync(item.Id, time.GetUtcNow() + wait, null, countAttempt: false, CancellationToken.None);
                return null;
            }

            if (wait >= TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, time);
            }
        }

        return await telegram.DeliverAsync(item.Reply, CancellationToken.None);
    }

    private async Task RecordSafelyAsync(List<(OutboxItem Item, DeliveryOutcome? Outcome)> results)
    {
        try
        {
            await RecordAsync(results);
        }
        catch (Exception error)
        {
            // Most likely the database: the leases run out and the rows are delivered again later.
            log.LogError(error, "Recording the delivery of {Count} outbox rows failed", results.Count);
        }
    }

    private async Task RecordAsync(List<(OutboxItem Item, DeliveryOutcome? Outcome)> results)
    {
        var now = time.GetUtcNow();
        var sent = results.Where(r => r.Outcome is DeliveryOutcome.Sent).Select(r => (r.Item.Id, ((DeliveryOutcome.Sent)r.Outcome!).MessageId)).ToList();
        metrics.MessagesSent.Inc(sent.Count);
        await outbox.MarkSentAsync(sent, now, CancellationToken.None);
        foreach (var (item, outcome) in results)
        {
            await RecordProblemAsync(item, outcome, now);
        }
    }

    private async Task RecordProblemAsync(OutboxItem item, DeliveryOutcome? outcome, DateTimeOffset now)
    {
        switch (outcome)
        {
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
