using Telegram.Bot.Exceptions;

namespace Bot.Host.Telegram;

internal static class TelegramErrors
{
    /// <summary>Refusals that mean the job is already done: the screen already shows this content.</summary>
    public static bool IsHarmless(ApiRequestException error) =>
        error.ErrorCode == 400 && error.Message.Contains("message is not modified", StringComparison.Ordinal);
}
