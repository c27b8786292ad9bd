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

    public string Text { get; }

    public string Data { get; }
}
