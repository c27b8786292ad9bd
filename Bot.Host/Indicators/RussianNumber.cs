using System.Globalization;

namespace Bot.Host.Indicators;

/// <summary>An amount as Russian accounting exports write it: «1 234 567,89», «-12 000», «1234567.89» (groups of spaces,
/// non-breaking or thin; a comma or a point before kopecks; a minus or «−»).</summary>
internal static class RussianNumber
{
    public static bool TryParse(string text, out decimal value)
    {
        var plain = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("\u202f", "", StringComparison.Ordinal).Replace('−', '-').Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && Math.Abs(value) < 1_000_000_000_000_000m && decimal.Round(value, 2) == value;
    }
}
