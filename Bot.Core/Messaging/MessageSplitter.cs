namespace Bot.Core.Messaging;

/// <summary>Fits replies into Telegram's message length. Texts are cut between paragraphs, then between
/// lines, and only as a last resort inside a line; our texts keep every HTML tag within one line, so a
/// cut at a line boundary never breaks markup.</summary>
public static class MessageSplitter
{
    public static IReadOnlyList<Outgoing> FitToLimits(Outgoing outgoing) => outgoing switch
    {
        SendText send when send.Html.Length > MessageLimits.TextLength => SplitSend(send),
        EditText edit when edit.Html.Length > MessageLimits.TextLength => SplitEdit(edit),
        _ => [outgoing],
    };

    public static IReadOnlyList<string> Split(string text, int limit = MessageLimits.TextLength)
    {
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > limit)
        {
            var cut = CutPoint(rest, limit);
            parts.Add(rest[..cut].TrimEnd('\n'));
            rest = rest[cut..].TrimStart('\n');
        }

        parts.Add(rest);
        return parts;
    }

    private static int CutPoint(string text, int limit)
    {
        var window = text[..limit];
        var paragraph = window.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (paragraph > limit / 2)
        {
            return paragraph;
        }

        var line = window.LastIndexOf('\n');
        if (line > 0)
        {
            return line;
        }

        // Never split a surrogate pair: half an emoji is not a character Telegram accepts.
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    private static List<Outgoing> SplitSend(SendText send)
    {
        var parts = Split(send.Html);
        return parts
            .Select((part, i) => (Outgoing)new SendText(send.ChatId, part, i == parts.Count - 1 ? send.Keyboard : null))
            .ToList();
    }

    private static List<Outgoing> SplitEdit(EditText edit)
    {
        var parts = Split(edit.Html);
        var result = new List<Outgoing> { new EditText(edit.ChatId, edit.MessageId, parts[0]) };
        result.AddRange(parts.Skip(1).Select((part, i) =>
            new SendText(edit.ChatId, part, i == parts.Count - 2 ? edit.Keyboard : null)));
        return result;
    }
}
