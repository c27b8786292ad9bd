using System.Globalization;
using Bot.Core.Messaging;

namespace Bot.Core.Drive;

/// <summary>The drive's buttons: <c>dc:0</c> the companies (firm's side), <c>dh:COMPANY</c> a company's folders,
/// <c>dl:COMPANY:FOLDER:PAGE</c> a folder's page, <c>dg:DOCUMENT</c> get a document, <c>du:COMPANY:FOLDER</c>
/// upload there, <c>dx:DOCUMENT</c> archive. Only numbers travel; every press is authorised anew.</summary>
public static class DriveButtons
{
    private const string Kinds = "chlgux";

    public static bool Handles(string data) => data.Length > 3 && data[0] == 'd' && data[2] == ':' && Kinds.Contains(data[1], StringComparison.Ordinal);

    public static Button Of(string text, char kind, params long[] numbers) =>
        new(text, $"d{kind}:{string.Join(':', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)))}");

    public static bool TryParse(string data, out char kind, out long[] numbers)
    {
        kind = data.Length > 1 ? data[1] : ' ';
        numbers = [];
        if (!Handles(data))
        {
            return false;
        }

        var parts = data[3..].Split(':');
        var expected = kind switch { 'l' => 3, 'u' => 2, _ => 1 };
        var parsed = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out parsed[i]) || parsed[i] > int.MaxValue)
            {
                return false;
            }
        }

        numbers = parsed;
        return parts.Length == expected;
    }
}
