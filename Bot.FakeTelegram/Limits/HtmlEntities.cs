using System.Globalization;
using System.Text;

namespace Bot.FakeTelegram.Limits;

/// <summary>HTML entities as Telegram reads them: &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric ones.</summary>
internal static class HtmlEntities
{
    private static readonly Dictionary<string, char> NamedEntities = new(StringComparer.Ordinal)
    {
        ["lt"] = '<', ["gt"] = '>', ["amp"] = '&', ["quot"] = '"',
    };

    public static string Decode(string value)
    {
        var result = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            if (!(value[i] == '&' && TryDecode(value, ref i, result)))
            {
                result.Append(value[i++]);
            }
        }

        return result.ToString();
    }

    /// <summary>Unknown entities are not errors: Telegram keeps the ampersand as a character.</summary>
    public static bool TryDecode(string html, ref int i, StringBuilder text)
    {
        var semicolon = html.IndexOf(';', i);
        if (semicolon < 0 || semicolon - i > 10)
        {
            return false;
        }

        var body = html[(i + 1)..semicolon];
        if (NamedEntities.TryGetValue(body, out var named))
        {
            text.Append(named);
        }
        else if (body.StartsWith('#') && TryParseCodePoint(body[1..], out var codePoint))
        {
            text.Append(char.ConvertFromUtf32(codePoint));
        }
        else
        {
            return false;
        }

        i = semicolon + 1;
        return true;
    }

    private static bool TryParseCodePoint(string digits, out int codePoint)
    {
        var ok = digits.StartsWith('x') || digits.StartsWith('X')
            ? int.TryParse(digits[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out codePoint)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out codePoint);
        return ok && codePoint is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF);
    }
}
