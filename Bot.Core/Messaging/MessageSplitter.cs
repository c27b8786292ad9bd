namespace Bot.Core.Messaging;

/// <summary>Fits replies into Telegram's message length. Texts are cut between paragraphs, then between
/// lines, and only as a last resort inside a line — never inside a tag, an entity (&amp;amp;) or a surrogate
/// pair. A tag still open at a cut (a long quoted reason in &lt;i&gt;…&lt;/i&gt; spans lines) is closed at the
/// end of the part and opened again at the start of the next, so every part is valid markup on its own.</summary>
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
            var cut = HtmlTags.SafeCut(rest, CutPoint(rest, limit));
            var open = HtmlTags.OpenAt(rest[..cut]);
            var closing = HtmlTags.Closing(open);
            if (cut + closing.Length > limit)
            {
                // Make room for the closing tags.
                cut = HtmlTags.SafeCut(rest, CutPoint(rest, limit - closing.Length));
                open = HtmlTags.OpenAt(rest[..cut]);
                closing = HtmlTags.Closing(open);
            }

            parts.Add(rest[..cut].TrimEnd('\n') + closing);
            rest = HtmlTags.Opening(open) + rest[cut..].TrimStart('\n');
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
            .Select((part, i) => (Outgoing)(i == 0 ? send with { Html = part, Keyboard = parts.Count == 1 ? send.Keyboard : null } : new SendText(send.ChatId, part, i == parts.Count - 1 ? send.Keyboard : null)))
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
