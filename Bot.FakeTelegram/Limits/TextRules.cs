using Bot.FakeTelegram.Http;

namespace Bot.FakeTelegram.Limits;

/// <summary>Message texts and captions as Telegram checks them: parsed first, then measured.</summary>
internal static class TextRules
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;

    public static FormattedText MessageText(string? raw, string? parseMode)
    {
        var text = Format(raw ?? "", parseMode);
        if (text.Text.Trim().Length == 0)
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        return text.Length > MaxTextLength ? throw BotApiException.BadRequest("message is too long") : text;
    }

    public static FormattedText? Caption(string? raw, string? parseMode)
    {
        if (raw is null)
        {
            return null;
        }

        var caption = Format(raw, parseMode);
        return caption.Length > MaxCaptionLength ? throw BotApiException.BadRequest("message caption is too long") : caption;
    }

    private static FormattedText Format(string raw, string? parseMode) => parseMode?.ToUpperInvariant() switch
    {
        null or "" => FormattedText.Plain(raw),
        "HTML" => TelegramHtml.Parse(raw),
        // Markdown flavours are not checked by this fake: the bot speaks HTML.
        "MARKDOWN" or "MARKDOWNV2" => FormattedText.Plain(raw),
        _ => throw BotApiException.BadRequest($"unsupported parse_mode \"{parseMode}\""),
    };
}
