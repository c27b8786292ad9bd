namespace Bot.Core.Localization;

/// <summary>Russian nouns after a number take one of three forms: 1, 21, 101 рабочий день; 2–4, 22 рабочих
/// дня; 0, 5–20, 25, 111 рабочих дней.</summary>
public static class RussianPlural
{
    public static string Choose(long number, string one, string few, string many)
    {
        var n = Math.Abs(number);
        return (n % 10, n % 100) switch
        {
            (_, >= 11 and <= 14) => many,
            (1, _) => one,
            (>= 2 and <= 4, _) => few,
            _ => many,
        };
    }
}
