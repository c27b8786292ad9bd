using System.Text.Json.Nodes;

namespace Bot.FakeTelegram.Limits;

/// <summary>Message text as Telegram stores it: plain characters plus formatting entities.</summary>
public sealed record FormattedText(string Text, JsonArray Entities)
{
    /// <summary>Telegram measures lengths in UTF-16 code units of the text after markup is parsed.</summary>
    public int Length => Text.Length;

    public static FormattedText Plain(string text) => new(text, []);
}
