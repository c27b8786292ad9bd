using Bot.Storage.Files;
using Npgsql;
using Telegram.Bot.Exceptions;

namespace Bot.Host.Telegram;

internal static class TelegramErrors
{
    /// <summary>Refusals that mean the job is already done: the screen already shows this content.</summary>
    public static bool IsHarmless(ApiRequestException error) =>
        error.ErrorCode == 400 && error.Message.Contains("message is not modified", StringComparison.Ordinal);

    /// <summary>Failures that pass by themselves: Telegram's 5xx and 429, the network, a timeout, a database
    /// restarting, the content store out of reach. The same work tried later succeeds; anything else is taken as final.</summary>
    public static bool IsTransient(Exception error) => error switch
    {
        ApiRequestException api => api.ErrorCode >= 500 || api.ErrorCode == 429,
        RequestException or HttpRequestException or TimeoutException or TaskCanceledException => true,
        NpgsqlException database => database.IsTransient,
        ContentStoreUnavailableException => true,
        ContentCorruptedException or FileNotFoundException => false,
        _ => error.InnerException is { } inner && IsTransient(inner),
    };
}
