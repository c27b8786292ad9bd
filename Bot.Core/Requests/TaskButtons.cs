using System.Globalization;
using Bot.Core.Messaging;

namespace Bot.Core.Requests;

/// <summary>The staff side's buttons: <c>tl:PAGE</c> «Мои задачи», <c>to:TASK</c> a card, <c>ta:TASK</c> accept,
/// <c>tr:TASK</c> reject, <c>tc:TASK</c> complete, <c>tk:TASK:LINE</c> tick a checklist line, <c>tp:TASK</c> hand
/// over, <c>tq:TASK:STAFF</c> hand over to that person. Only numbers travel; each press is authorised anew.</summary>
public static class TaskButtons
{
    private const string Kinds = "loarckpq";

    public static bool Handles(string data) => data.Length > 3 && data[0] == 't' && data[2] == ':' && Kinds.Contains(data[1], StringComparison.Ordinal);

    public static Button Of(string text, char kind, long first, long? second = null) =>
        new(text, second is null ? $"t{kind}:{first}" : $"t{kind}:{first}:{second}");

    public static bool TryParse(string data, out char kind, out long first, out long second)
    {
        kind = data.Length > 1 ? data[1] : ' ';
        first = second = 0;
        var parts = data.Split(':');
        var expected = kind is 'k' or 'q' ? 3 : 2;
        return Handles(data) && parts.Length == expected
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out first)
            && (expected == 2 || long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out second));
    }
}
