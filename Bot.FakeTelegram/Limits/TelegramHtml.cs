using System.Text;
using System.Text.Json.Nodes;
using Bot.FakeTelegram.Http;

namespace Bot.FakeTelegram.Limits;

/// <summary>Parses parse_mode=HTML the way Telegram does: only its own tags, the four named entities
/// plus numeric ones, every tag closed in order — anything else is "can't parse entities".</summary>
internal static class TelegramHtml
{
    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal)
    {
        ["b"] = "bold", ["strong"] = "bold", ["i"] = "italic", ["em"] = "italic",
        ["u"] = "underline", ["ins"] = "underline", ["s"] = "strikethrough", ["strike"] = "strikethrough",
        ["del"] = "strikethrough", ["tg-spoiler"] = "spoiler", ["span"] = "spoiler", ["a"] = "text_link",
        ["code"] = "code", ["pre"] = "pre", ["blockquote"] = "blockquote", ["tg-emoji"] = "custom_emoji",
    };

    public static FormattedText Parse(string html)
    {
        var text = new StringBuilder(html.Length);
        var entities = new JsonArray();
        var open = new Stack<OpenTag>();
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] == '&' && HtmlEntities.TryDecode(html, ref i, text))
            {
                continue;
            }

            if (html[i] != '<')
            {
                text.Append(html[i++]);
                continue;
            }

            if (i + 1 < html.Length && html[i + 1] == '/')
            {
                i = CloseTag(html, i, open, text, entities);
            }
            else
            {
                i = OpenTagAt(html, i, open, text.Length);
            }
        }

        if (open.Count > 0)
        {
            throw Fail($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");
        }

        return new FormattedText(text.ToString(), entities);
    }

    private static int OpenTagAt(string html, int start, Stack<OpenTag> open, int offset)
    {
        var i = start + 1;
        var name = ReadName(html, ref i).ToLowerInvariant();
        if (!EntityTypes.ContainsKey(name))
        {
            throw Fail($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, start)}");
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                throw Fail($"Unclosed start tag at byte offset {ByteOffset(html, start)}");
            }

            if (html[i] == '>')
            {
                break;
            }

            var attribute = ReadName(html, ref i).ToLowerInvariant();
            if (attribute.Length == 0)
            {
                throw Fail($"Empty attribute name in the tag \"{name}\" at byte offset {ByteOffset(html, start)}");
            }

            attributes[attribute] = ReadAttributeValue(html, ref i, start);
        }

        if (name == "span" && attributes.GetValueOrDefault("class") != "tg-spoiler")
        {
            throw Fail($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, start)}");
        }

        open.Push(new OpenTag(name, offset, attributes.GetValueOrDefault("href")));
        return i + 1;
    }

    private static int CloseTag(string html, int start, Stack<OpenTag> open, StringBuilder text, JsonArray entities)
    {
        var i = start + 2;
        var name = ReadName(html, ref i).ToLowerInvariant();
        while (i < html.Length && char.IsWhiteSpace(html[i]))
        {
            i++;
        }

        if (i >= html.Length || html[i] != '>')
        {
            throw Fail($"Unclosed end tag at byte offset {ByteOffset(html, start)}");
        }

        if (open.Count == 0)
        {
            throw Fail($"Unexpected end tag at byte offset {ByteOffset(html, start)}");
        }

        var tag = open.Pop();
        if (tag.Name != name)
        {
            throw Fail($"Unmatched end tag at byte offset {ByteOffset(html, start)}, expected \"</{tag.Name}>\", found \"</{name}>\"");
        }

        if (text.Length > tag.Offset)
        {
            var entity = new JsonObject { ["type"] = EntityTypes[name], ["offset"] = tag.Offset, ["length"] = text.Length - tag.Offset };
            if (tag.Href is not null)
            {
                entity["url"] = tag.Href;
            }

            entities.Add(entity);
        }

        return i + 1;
    }

    private static string ReadName(string html, ref int i)
    {
        var start = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-' || html[i] == '_'))
        {
            i++;
        }

        return html[start..i];
    }

    private static string ReadAttributeValue(string html, ref int i, int tagStart)
    {
        if (i >= html.Length || html[i] != '=')
        {
            return "";
        }

        i++;
        if (i < html.Length && html[i] is '"' or '\'')
        {
            var quote = html[i];
            var end = html.IndexOf(quote, i + 1);
            if (end < 0)
            {
                throw Fail($"Unclosed start tag at byte offset {ByteOffset(html, tagStart)}");
            }

            var value = html[(i + 1)..end];
            i = end + 1;
            return HtmlEntities.Decode(value);
        }

        var valueStart = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        return HtmlEntities.Decode(html[valueStart..i]);
    }

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

    private static BotApiException Fail(string detail) => BotApiException.BadRequest("can't parse entities: " + detail);

    private sealed record OpenTag(string Name, int Offset, string? Href);
}
