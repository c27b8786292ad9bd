namespace Bot.Core.Firm;

/// <summary>The Russian taxpayer number (ИНН): 10 digits for an organisation, 12 for a person, the last one
/// or two being check digits, so a mistyped number is caught before a company is created with it.</summary>
public static class Inn
{
    private static readonly int[] Ten = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Eleven = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] Twelve = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

    public static bool IsValid(string? inn)
    {
        if (inn is null || inn.Length is not (10 or 12) || !inn.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = inn.Select(c => c - '0').ToArray();
        return inn.Length == 10
            ? digits[9] == Check(digits, Ten)
            : digits[10] == Check(digits, Eleven) && digits[11] == Check(digits, Twelve);
    }

    private static int Check(int[] digits, int[] weights) => weights.Select((weight, i) => weight * digits[i]).Sum() % 11 % 10;
}
