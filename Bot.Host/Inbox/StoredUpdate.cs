using System.Text.Json;
using Bot.Core.Messaging;
using Bot.Host.Telegram;
using Bot.Storage.Inbox;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Host.Inbox;

/// <summary>A claimed update's stored JSON read back: the Bot API update and what it means to the handlers
/// (null for what they do not take).</summary>
internal static class StoredUpdate
{
    /// <summary>Null when the payload cannot be read; <see cref="Decode"/> then throws the reason.</summary>
    public static (Update Update, Incoming? Input)? TryDecode(ClaimedUpdate claimed) => TryDecode(claimed.Payload);

    /// <summary>The same for an update's JSON as received, before it is stored.</summary>
    public static (Update Update, Incoming? Input)? TryDecode(string payload)
    {
        try
        {
            return Decode(payload);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    public static (Update Update, Incoming? Input) Decode(ClaimedUpdate claimed) => Decode(claimed.Payload);

    private static (Update Update, Incoming? Input) Decode(string payload)
    {
        var update = JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options)
            ?? throw new JsonException("The stored update is empty.");
        return (update, UpdateMapper.Map(update));
    }
}
