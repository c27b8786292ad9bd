using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace Bot.Host.Telegram;

/// <summary>Runs one Bot API call until Telegram takes it: after a 429 it waits the retry_after it was
/// given; after a 5xx, a network error or a timeout it backs off; a final refusal (400, 403 "bot was
/// blocked by the user") is logged and not retried. Telegram.Bot's own 429 sleeping is switched off so
/// this is the only policy.</summary>
internal sealed class DeliveryRetry(ILogger<DeliveryRetry> log, TimeProvider time)
{
    private const int MaxAttempts = 6;

    /// <summary>True once Telegram took the call; false after a final refusal or when the attempts ran out, and
    /// <paramref name="failed"/> hears why.</summary>
    public async Task<bool> RunAsync(string what, Func<CancellationToken, Task> call, CancellationToken cancellationToken, Action<string>? failed = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan delay;
            try
            {
                await call(cancellationToken);
                return true;
            }
            catch (ApiRequestException error) when (error.ErrorCode == 429)
            {
                delay = TimeSpan.FromSeconds(error.Parameters?.RetryAfter ?? 1);
                log.LogInformation("Telegram asked to slow down on {What}; retrying in {Delay}", what, delay);
            }
            catch (ApiRequestException error) when (TelegramErrors.IsHarmless(error))
            {
                return true;
            }
            catch (ApiRequestException error) when (error.ErrorCode < 500)
            {
                log.LogWarning("Telegram refused {What}: {Code} {Description}", what, error.ErrorCode, error.Message);
                failed?.Invoke($"{error.ErrorCode} {error.Message}");
                return false;
            }
            catch (Exception error) when (error is RequestException or HttpRequestException or OperationCanceledException
                                          && !cancellationToken.IsCancellationRequested)
            {
                delay = Backoff.For(attempt);
                log.LogWarning(error, "Sending {What} failed (attempt {Attempt} of {MaxAttempts}); retrying in {Delay}", what, attempt, MaxAttempts, delay);
            }

            if (attempt == MaxAttempts)
            {
                log.LogError("Gave up sending {What} after {MaxAttempts} attempts", what, MaxAttempts);
                failed?.Invoke($"no answer after {MaxAttempts} attempts");
                return false;
            }

            await Task.Delay(delay, time, cancellationToken);
        }
    }
}
