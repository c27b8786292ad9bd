using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Host.Delivery;
using Bot.Host.Operations;
using Bot.Host.Telegram;
using Bot.Storage.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Outbox;

/// <summary>Writes what became of a sender's rows. Telegram's outages (5xx, network, timeouts) are retried with
/// a back-off capped at <see cref="DeliveryOptions.MaxRetryDelaySeconds"/> for
/// <see cref="DeliveryOptions.RetryForHours"/>; only Telegram's definitive refusals end a row at once; a row
/// that fails on our side is set aside after <see cref="DeliveryOptions.MaxFaultedAttempts"/>. Ended rows keep
/// their error, and a chat that waited for a file is told it did not come. Each row is recorded on its own:
/// a failure to record one (the database) leaves its lease to run out and costs the others nothing.</summary>
internal sealed class OutcomeRecorder(
    OutboxDelivery outbox,
    SendBudget budget,
    BotMetrics metrics,
    OutboxSignal signal,
    IOptions<DeliveryOptions> options,
    ILogger<OutcomeRecorder> log,
    TimeProvider time)
{
    public async Task RecordAsync(IReadOnlyList<(OutboxItem Item, DeliveryOutcome Outcome)> results)
    {
        var now = time.GetUtcNow();
        var sent = results.Where(r => r.Outcome is DeliveryOutcome.Sent).Select(r => (r.Item.Id, ((DeliveryOutcome.Sent)r.Outcome).MessageId)).ToList();
        await GuardAsync(sent.Count, () => outbox.MarkSentAsync(sent, now, CancellationToken.None));
        metrics.MessagesSent.Inc(sent.Count);
        foreach (var (item, outcome) in results.Where(r => r.Outcome is not (DeliveryOutcome.Sent or DeliveryOutcome.Postponed)))
        {
            await GuardAsync(1, () => RecordProblemAsync(item, outcome, now));
        }
    }

    /// <summary>Gives rows taken but not sent back to the table, due at once (the sender moves them to the outbox path).</summary>
    public async Task ReleaseAsync(IReadOnlyList<long> ids)
    {
        if (ids.Count > 0)
        {
            await GuardAsync(ids.Count, () => outbox.ReleaseAsync(ids, CancellationToken.None));
            signal.Notify();
        }
    }

    private async Task GuardAsync(int rows, Func<Task> record)
    {
        try
        {
            await record();
        }
        catch (Exception error)
        {
            // Most likely the database: the leases run out and the rows are delivered again later.
            log.LogError(error, "Recording the delivery of {Count} outbox rows failed", rows);
        }
    }

    private Task RecordProblemAsync(OutboxItem item, DeliveryOutcome outcome, DateTimeOffset now)
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

                return outbox.DeferAsync(item.Id, now + slow.RetryAfter, "429 Too Many Requests", countAttempt: true, CancellationToken.None);
            case DeliveryOutcome.Transient transient when now - item.CreatedAt < TimeSpan.FromHours(options.Value.RetryForHours):
                return RetryAsync(item, transient.Error, now);
            case DeliveryOutcome.Transient transient:
                return EndAsync(item, $"given up after {options.Value.RetryForHours} h: {transient.Error}", now, NotDelivered(item));
            case DeliveryOutcome.Refused refused:
                return EndAsync(item, refused.Error, now, refused.Error.StartsWith("403", StringComparison.Ordinal) ? null : NotDelivered(item));
            case DeliveryOutcome.Faulted faulted when item.Reply is not null && item.Attempts + 1 < options.Value.MaxFaultedAttempts:
                return RetryAsync(item, faulted.Error, now);
            case DeliveryOutcome.Faulted faulted:
                metrics.SetAside.Inc();
                return EndAsync(item, $"set aside after {item.Attempts + 1} attempts: {faulted.Error}", now, NotDelivered(item));
            case DeliveryOutcome.Damaged damaged:
                metrics.SetAside.Inc();
                log.LogError("Outbox row {Id} not sent: {Error}; restore the file from a backup", item.Id, damaged.Error);
                return EndAsync(item, damaged.Error, now, Notice(texts => texts.FileDamaged(damaged.FileName)));
            default:
                return Task.CompletedTask;
        }
    }

    private Task RetryAsync(OutboxItem item, string error, DateTimeOffset now)
    {
        metrics.Retries.Inc();
        var delay = Backoff.For(item.Attempts + 1, TimeSpan.FromSeconds(options.Value.MaxRetryDelaySeconds));
        log.LogWarning("Sending outbox row {Id} failed ({Error}); retrying in {Delay}", item.Id, error, delay);
        return outbox.DeferAsync(item.Id, now + delay, error, countAttempt: true, CancellationToken.None);
    }

    /// <summary>Ends the row with its error; <paramref name="notice"/>, if any, tells its chat.</summary>
    private Task EndAsync(OutboxItem item, string error, DateTimeOffset now, FailureNotice? notice)
    {
        metrics.Refused.Inc();
        log.LogWarning("Outbox row {Id} ended undelivered: {Error}", item.Id, error);
        return outbox.MarkFailedAsync(item.Id, error, now, notice, CancellationToken.None);
    }

    /// <summary>A chat that waited for a file is told it did not come.</summary>
    private static FailureNotice? NotDelivered(OutboxItem item) => item.Reply is SendFile file ? Notice(texts => texts.FileNotDelivered(file.File.Name)) : null;

    private static FailureNotice Notice(Func<Texts, string> text) => new(text(Texts.For("ru")), text(Texts.For("en")));
}
