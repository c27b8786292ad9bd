using System.Globalization;
using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>A button of the current flow step: <c>f:REVISION:ACTION[:ARGUMENT]</c>. The revision ties it to
/// the step it was drawn for, so a press on a button of an older step, or of a finished flow, is recognised
/// as stale and changes nothing. The argument is never trusted: each step checks it against its own data.</summary>
public static class FlowButton
{
    private const string Prefix = "f:";

    public static bool Handles(string data) => data.StartsWith(Prefix, StringComparison.Ordinal);

    public static Button Of(string text, int revision, string action, string? argument = null) =>
        new(text, argument is null ? $"{Prefix}{revision}:{action}" : $"{Prefix}{revision}:{action}:{argument}");

    public static FlowInput.Press? Parse(string data)
    {
        var parts = data.Split(':', 4);
        if (parts.Length < 3 || parts[0] + ":" != Prefix
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
        {
            return null;
        }

        return new FlowInput.Press(revision, parts[2], parts.Length == 4 ? parts[3] : "");
    }
}
