namespace Bot.Core.Messaging;

/// <summary>Button captions cut to what a phone shows on one line (and button notices to Telegram's 200
/// characters), never through the middle of an emoji.</summary>
public static class ButtonText
{
    public static string Fit(string text, int limit = 60)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var keep = char.IsHighSurrogate(text[limit - 2]) ? limit - 2 : limit - 1;
        return text[..keep] + "…";
    }
}
