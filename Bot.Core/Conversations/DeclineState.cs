using System.Text.Json;

namespace Bot.Core.Conversations;

/// <summary>A decline of a notification waiting for its optional comment; <see cref="MessageId"/> is the notification's message, updated when it is answered.</summary>
public sealed record DeclineState(int Revision, long NotificationId, int MessageId)
{
    public const string Flow = "decline";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ConversationState ToStored() => new(Flow, "comment", Revision, JsonSerializer.Serialize(this, Json));

    public static DeclineState FromStored(ConversationState stored) =>
        JsonSerializer.Deserialize<DeclineState>(stored.Data, Json) ?? throw new JsonException("An empty decline.");
}
