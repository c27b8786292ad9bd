namespace Bot.Core.Messaging;

/// <summary>What Telegram refuses beyond; production code stays within these, not only the tests.</summary>
public static class MessageLimits
{
    public const int TextLength = 4096;
    public const int CallbackDataBytes = 64;
    public const int ButtonsPerKeyboard = 100;
    public const int CallbackNoticeLength = 200;

    /// <summary>The largest file a bot may download from the Bot API (getFile).</summary>
    public const long BotDownloadBytes = 20L * 1024 * 1024;
}
