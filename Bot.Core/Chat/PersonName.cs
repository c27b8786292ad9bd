namespace Bot.Core.Chat;

/// <summary>A person's name as a chat line shows it: «Иванов Иван Петрович» → «Иванов И.».</summary>
public static class PersonName
{
    public static string Brief(string fullName)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length < 2 || words[1].Length == 0 ? fullName.Trim() : $"{words[0]} {char.ToUpperInvariant(words[1][0])}.";
    }
}
