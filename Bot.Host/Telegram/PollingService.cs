using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Host.Telegram;

/// <summary>Long polling with our own loop rather than Telegram.Bot's receiver, which skips an update
/// whose handler throws. An update is confirmed (the next offset) only after it was handled, pending
/// updates are never dropped, and no exception ends the loop: it is logged and the loop backs off.</summary>
internal sealed class PollingService(
    ITelegramBotClient bot,
    UpdateHandler handler,
    IOptions<TelegramOptions> options,
    ILogger<PollingService> log,
    TimeProvider time) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];
    private int? offset;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, 100, options.Value.PollingTimeoutSeconds, Wanted, stoppingToken);
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
                log.LogWarning(error, "Fetching updates failed; retrying in {Delay}", delay);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            foreach (var update in updates)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                // A stop lets the update in hand finish (its reply may be on the wire): cancelling it
                // half-way would leave it unconfirmed, and Telegram would deliver it again.
                await HandleSafelyAsync(update);
                offset = update.Id + 1;
            }
        }

        await ConfirmHandledAsync();
    }

    private async Task HandleSafelyAsync(Update update)
    {
        try
        {
            await handler.HandleAsync(update, CancellationToken.None);
        }
        catch (Exception error)
        {
            log.LogError(error, "Update {UpdateId} could not be handled", update.Id);
        }
    }

    /// <summary>Telegram learns what was handled only from the next getUpdates offset: send it once more
    /// on the way out, or the last batch would be delivered again after a restart.</summary>
    private async Task ConfirmHandledAsync()
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
            log.LogWarning(error, "Could not confirm the last handled updates; Telegram will deliver them again");
        }
    }
}
