using System.Globalization;

namespace Bot.Core.Messaging;

/// <summary>Callback data of the form <c>SK:N[:N…]</c>: a section letter, a kind letter and non-negative
/// numbers that fit an int. Parsing is strict, since the data comes back from the user's client.</summary>
public static class NumberedData
{
    public static bool Handles(string data, char section, string kinds) =>
        data.Length > 3 && data[0] == section && data[2] == ':' && kinds.Contains(data[1], StringComparison.Ordinal);

    public static Button Button(string text, char section, char kind, long[] numbers) =>
        new(text, $"{section}{kind}:{string.Join(':', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)))}");

    /// <summary>The numbers, when there are exactly as many as <paramref name="expected"/> says for the kind.</summary>
    public static bool TryParse(string data, char section, string kinds, Func<char, int> expected, out char kind, out long[] numbers)
    {
        kind = data.Length > 1 ? data[1] : ' ';
        numbers = [];
        if (!Handles(data, section, kinds))
        {
            return false;
        }

        var parts = data[3..].Split(':');
        var parsed = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out parsed[i]) || parsed[i] > int.MaxValue)
            {
                return false;
            }
        }

        numbers = parsed;
        return parts.Length == expected(kind);
    }
}
