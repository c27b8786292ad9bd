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
    public static (Update Update, Incoming? Input)? TryDecode(ClaimedUpdate claimed)
    {
        try
        {
            return Decode(claimed);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    public static (Update Update, Incoming? Input) Decode(ClaimedUpdate claimed)
    {
        var update = JsonSerializer.Deserialize<Update>(claimed.Payload, JsonBotAPI.Options)
            ?? throw new JsonException("The stored update is empty.");
        return (update, UpdateMapper.Map(update));
    }
}
