using Bot.FakeTelegram.Limits;

namespace Bot.FakeTelegram;

public sealed record FakeBotApiOptions
{
    /// <summary>The only token the fake accepts; any other gets 401 Unauthorized.</summary>
    public string Token { get; init; } = "7000000001:FAKE-test-token-0123456789abcdefghij";

    public string BotUsername { get; init; } = "cabinet_test_bot";

    public string BotFirstName { get; init; } = "Кабинет клиента";

    public FloodLimits Flood { get; init; } = FloodLimits.Telegram;

    /// <summary>How long a callback query can still be answered.</summary>
    public TimeSpan CallbackAnswerWindow { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Bots may download files of at most 20 MB through getFile.</summary>
    public long MaxDownloadBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Bots may upload files of at most 50 MB, photos of at most 10 MB.</summary>
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;

    public long MaxPhotoBytes { get; init; } = 10L * 1024 * 1024;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The update_id the fake's updates continue after. Telegram's ids only grow, and a bot keeps the ones it
    /// stored: a fake started again for the same database must not hand out an id the bot has seen.</summary>
    public int LastUpdateId { get; init; }

    public long BotId => long.Parse(Token.AsSpan(0, Token.IndexOf(':', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
}
