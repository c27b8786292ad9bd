using System.Text;

namespace Bot.Core.Messaging;

/// <summary>An inline button. Its data travels through the user's client and comes back in
/// <see cref="IncomingButton.Data"/>, so it is short (at most 64 bytes) and never trusted on return.</summary>
public sealed record Button
{
    public Button(string text, string data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var bytes = Encoding.UTF8.GetByteCount(data);
        if (bytes is < 1 or > MessageLimits.CallbackDataBytes)
        {
            throw new ArgumentException($"Button data must be 1 to {MessageLimits.CallbackDataBytes} bytes, got {bytes}.", nameof(data));
        }

        Text = text;
        Data = data;
    }

    private Button(string text, Uri url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        Data = "";
        Url = url.AbsoluteUri;
    }

    public string Text { get; }

    /// <summary>The callback data; empty for a link.</summary>
    public string Data { get; }

    /// <summary>The address a link button opens (a Telegram share link, say); null for a callback button.</summary>
    public string? Url { get; }

    /// <summary>A button that opens <paramref name="url"/> instead of coming back to the bot.</summary>
    public static Button Link(string text, Uri url) => new(text, url);
}
