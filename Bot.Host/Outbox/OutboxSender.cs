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
/// <see cref="SendBudget"/>, call Telegram and hand the outcomes to the <see cref="OutcomeRecorder"/>. Other
/// loops send the replies the inbox workers hand over already leased (<see cref="ReplyHandOff"/>), each chat's
/// in order. Every row ends its round with an outcome, whatever it throws, so no row can stop a loop or the
/// host. Rows whose slot is far off go back to the table rather than holding a loop.</summary>
internal sealed class OutboxSender(
    OutboxDelivery outbox,
    TelegramCalls telegram,
    SendBudget budget,
    OutcomeRecorder recorder,
    OutboxSignal signal,
    ReplyHandOff handOff,
    IOptions<DeliveryOptions> options,
    IOptions<TelegramOptions> telegramOptions,
    ILogger<OutboxSender> log,
    TimeProvider time) : BackgroundService
{
    private const int RowsPerLease = 8;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(200);

    private TimeSpan Lease => SendLease.For(telegramOptions.Value);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // At a stop the hand-off takes nothing more; what it holds is still sent.
        stoppingToken.Register(handOff.Close);
        var loops = Math.Max(1, options.Value.SenderConcurrency / RowsPerLease);
        return Task.WhenAll(Enumerable.Range(0, loops).SelectMany(_ => new[]
        {
            Task.Run(() => RunAsync(stoppingToken), CancellationToken.None),
            Task.Run(SendHandedOffAsync, CancellationToken.None),
        }));
    }

    private async Task SendHandedOffAsync()
    {
        while (await handOff.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (handOff.Reader.TryRead(out var rows))
            {
                if (!handOff.InTime(rows))
                {
                    // Held up longer than their lease allows: the leases run out and the table path sends them.
                    log.LogWarning("{Count} handed-off replies waited too long; they are left to the outbox", rows.Items.Count);
                    continue;
                }

                var chains = rows.Items.Where(item => item.ChatId is null).Select(item => new[] { item })
                    .Concat(rows.Items.Where(item => item.ChatId is not null).GroupBy(item => item.ChatId).Select(chat => chat.ToArray()));
                var results = (await Task.WhenAll(chains.Select(SendInOrderAsync))).SelectMany(chain => chain).ToList();
                await recorder.RecordAsync([.. results.Where(r => r.Outcome is not null).Select(r => (r.Item, r.Outcome!))]);
                await recorder.ReleaseAsync([.. results.Where(r => r.Outcome is null).Select(r => r.Item.Id)]);
                if (handOff.TakeLeftBehind())
                {
                    signal.Notify(); // a reply that waited behind these can go now
                }
            }
        }
    }

    /// <summary>One chat's rows, one after another; once one is not sent, the rest (outcome null) go back to the
    /// table behind it, so the chat's order holds.</summary>
    private async Task<List<(OutboxItem Item, DeliveryOutcome? Outcome)>> SendInOrderAsync(OutboxItem[] chain)
    {
        var results = new List<(OutboxItem, DeliveryOutcome?)>();
        var stopped = false;
        foreach (var item in chain)
        {
            var outcome = stopped ? null : await DeliverAsync(item);
            stopped |= outcome is not DeliveryOutcome.Sent;
            results.Add((item, outcome));
        }

        return results;
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<OutboxItem> batch;
            try
            {
                batch = await outbox.LeaseDueAsync(RowsPerLease, time.GetUtcNow(), Lease, options.Value.Pacing(), stoppingToken);
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
                if (!budget.TryReserve(chatId, SendLease.MaxWaitInMemory, out var wait))
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
