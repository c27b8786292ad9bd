namespace Bot.Core.Messaging;

/// <summary>Rows of inline buttons under a message.</summary>
public sealed class Keyboard
{
    private Keyboard(IReadOnlyList<IReadOnlyList<Button>> rows) => Rows = rows;

    public IReadOnlyList<IReadOnlyList<Button>> Rows { get; }

    public static Keyboard Of(params IReadOnlyList<Button>[] rows)
    {
        var count = rows.Sum(row => row.Count);
        if (count > MessageLimits.ButtonsPerKeyboard)
        {
            throw new ArgumentException($"A keyboard holds at most {MessageLimits.ButtonsPerKeyboard} buttons, got {count}.", nameof(rows));
        }

        return new Keyboard(rows.Where(row => row.Count > 0).ToArray());
    }

    public IEnumerable<Button> Buttons => Rows.SelectMany(row => row);
}
