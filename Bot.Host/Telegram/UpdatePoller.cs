using System.Text.Json;
using Bot.Host.Inbox;
using Bot.Host.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Host.Telegram;

/// <summary>Long polling with our own loop rather than Telegram.Bot's receiver (which skips an update whose
/// handler throws). Each batch is written to the inbox first; only then does the next getUpdates offset
/// tell Telegram it arrived. Pending updates are never dropped, and no exception ends the loop: it is
/// logged and the loop backs off, fetching the same batch again. Runs while this instance holds the
/// polling lease (<see cref="PollingService"/>).</summary>
internal sealed class UpdatePoller(
    ITelegramBotClient bot,
    InboxIntake inbox,
    IntakeLimiter limiter,
    BotMetrics metrics,
    PollerHealth health,
    IOptions<TelegramOptions> options,
    ILogger<UpdatePoller> log,
    TimeProvider time)
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];
    private int? offset;

    public async Task PollAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdates(offset, 100, options.Value.PollingTimeoutSeconds, Wanted, stoppingToken);
                if (updates.Length > 0)
                {
                    var entries = updates.Select(update => limiter.Admit(update)).ToList();
                    await inbox.StoreAsync(entries, CancellationToken.None);
                    offset = updates[^1].Id + 1;
                    metrics.UpdatesReceived.Inc(updates.Length);
                    metrics.UpdatesThrottled.Inc(entries.Count(entry => entry.Throttled));
                }

                health.Succeeded();

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                var delay = error is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } seconds }
                    ? TimeSpan.FromSeconds(seconds)
                    : Backoff.For(++failures);
                log.LogWarning(error, "Fetching or storing updates failed; retrying in {Delay}", delay);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        await ConfirmStoredAsync();
    }

    /// <summary>Telegram learns what was stored only from the next getUpdates offset: send it once more on
    /// the way out, or the last batch would be delivered again after a restart (harmless, but wasted).</summary>
    private async Task ConfirmStoredAsync()
    {
        if (offset is null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await bot.GetUpdates(offset, 1, 0, Wanted, timeout.Token);
        }
        catch (Exception error) when (error is RequestException or HttpRequestException or OperationCanceledException)
        {
            log.LogWarning(error, "Could not confirm the last stored updates; Telegram will deliver them again");
        }
    }
}
