using System.Globalization;

namespace Bot.Core.Conversations;

/// <summary>A date typed as ДД.ММ.ГГГГ (one-digit day and month too; a dash or slash also separates).</summary>
public static class TypedDate
{
    private static readonly string[] Formats = ["d.M.yyyy", "d/M/yyyy", "d-M-yyyy"];

    public static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
