namespace Bot.Core.Messaging;

/// <summary>Just enough of Telegram's HTML to cut a text safely: where a cut would fall inside a tag or an
/// entity, and which tags are open at a point.</summary>
internal static class HtmlTags
{
    /// <summary>The cut moved back before any tag or entity it would fall inside (and off a surrogate pair's middle).</summary>
    public static int SafeCut(string text, int cut)
    {
        var head = text[..cut];
        var tag = head.LastIndexOf('<');
        if (tag >= 0 && tag > head.LastIndexOf('>'))
        {
            cut = tag;
        }

        var entity = text.LastIndexOf('&', Math.Max(cut - 1, 0));
        if (entity >= 0 && entity < cut && cut - entity <= 10 && text.IndexOf(';', entity) is var end && end >= cut)
        {
            cut = entity;
        }

        return cut > 0 && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }

    /// <summary>The opening tags (as written) still open at the end of <paramref name="html"/>, outermost first.</summary>
    public static IReadOnlyList<string> OpenAt(string html)
    {
        var open = new List<string>();
        for (var at = html.IndexOf('<'); at >= 0; at = html.IndexOf('<', at + 1))
        {
            var end = html.IndexOf('>', at);
            if (end < 0)
            {
                break;
            }

            var tag = html[at..(end + 1)];
            if (tag.StartsWith("</", StringComparison.Ordinal))
            {
                var name = NameOf(tag);
                var last = open.FindLastIndex(o => NameOf(o) == name);
                if (last >= 0)
                {
                    open.RemoveAt(last);
                }
            }
            else
            {
                open.Add(tag);
            }
        }

        return open;
    }

    public static string Closing(IReadOnlyList<string> open) => string.Concat(open.Reverse().Select(tag => $"</{NameOf(tag)}>"));

    public static string Opening(IReadOnlyList<string> open) => string.Concat(open);

    private static string NameOf(string tag)
    {
        var name = tag.TrimStart('<', '/');
        var end = name.IndexOfAny([' ', '>', '\n']);
        return (end < 0 ? name : name[..end]).ToLowerInvariant();
    }
}
