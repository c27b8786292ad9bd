using System.Globalization;

namespace Bot.Core.Chat;

/// <summary>A paid service as staff type it for a mark: «Кадровый учёт — 5000», «Payroll - 5 000,50 ₽».</summary>
public static class ServiceLine
{
    public const int MaxServiceLength = 200;

    private static readonly char[] Dashes = ['—', '–', '-'];

    public static bool TryParse(string text, out string service, out decimal price)
    {
        service = "";
        price = 0;
        var split = text.LastIndexOfAny(Dashes);
        if (split <= 0)
        {
            return false;
        }

        service = text[..split].Trim();
        var amount = text[(split + 1)..].Replace("₽", "", StringComparison.Ordinal).Replace("руб.", "", StringComparison.OrdinalIgnoreCase)
            .Replace("руб", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace(',', '.');
        return service.Length is > 0 and <= MaxServiceLength
            && decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out price)
            && price < 1_000_000_000_000m && decimal.Round(price, 2) == price;
    }
}
