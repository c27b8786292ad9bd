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
/// <see cref="SendBudget"/>, call Telegram and hand the outcomes to the <see cref="OutcomeRecorder"/>. Every
/// row ends its round with an outcome, whatever it throws, so no row can stop a loop or the host. Rows whose
/// slot is far off go back to the table rather than holding a loop.</summary>
internal sealed class OutboxSender(
    OutboxDelivery outbox,
    TelegramCalls telegram,
    SendBudget budget,
    OutcomeRecorder recorder,
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
            await recorder.RecordAsync([.. batch.Zip(outcomes)]);
        }
    }

    /// <summary>Never throws: whatever goes wrong with one row is that row's outcome.</summary>
    private async Task<DeliveryOutcome> DeliverAsync(OutboxItem item)
    {
        try
        {
            if (item.Reply is null)
            {
                return new DeliveryOutcome.Faulted(item.Unreadable ?? "unreadable payload");
            }

            if (item.Reply is not AnswerButton && item.ChatId is { } chatId)
            {
                if (!budget.TryReserve(chatId, MaxWaitInMemory, out var wait))
                {
                    await outbox.DeferAsync(item.Id, time.GetUtcNow() + wait, null, countAttempt: false, CancellationToken.None);
                    return new DeliveryOutcome.Postponed();
                }

                if (wait >= TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait, time);
                }
            }

            return await telegram.DeliverAsync(item.Reply, CancellationToken.None);
        }
        catch (Exception error)
        {
            log.LogError(error, "Delivering outbox row {Id} failed on our side", item.Id);
            return new DeliveryOutcome.Faulted($"{error.GetType().Name}: {error.Message}");
        }
    }
}
