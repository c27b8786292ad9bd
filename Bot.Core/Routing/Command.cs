namespace Bot.Core.Routing;

/// <summary>A slash command: <c>/start invite-code</c> is named "start" with the payload "invite-code".</summary>
public sealed record Command(string Name, string Payload)
{
    public static bool TryParse(string text, out Command command)
    {
        command = new Command("", "");
        if (text.Length < 2 || text[0] != '/' || !char.IsAsciiLetterOrDigit(text[1]))
        {
            return false;
        }

        var space = text.IndexOfAny([' ', '\n']);
        var head = space < 0 ? text[1..] : text[1..space];
        var payload = space < 0 ? "" : text[(space + 1)..].Trim();

        // In groups Telegram appends the bot's username: /start@cabinet_bot.
        var at = head.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? head : head[..at]).ToLowerInvariant();
        command = new Command(name, payload);
        return true;
    }
}
