using System.Text.Json;
using Bot.Core.Chat;

namespace Bot.Core.Conversations;

/// <summary>A message to a company's conversation being written: what it will be (<see cref="Mode"/>), the entry it
/// answers, the mark it notes, or the text that waits while a client says whether it goes to the accountant.</summary>
public sealed record ChatComposeState(
    int Revision,
    int CompanyId,
    ChatComposeMode Mode,
    long AnswerTo = 0,
    ChatMark? Mark = null,
    string? PendingText = null)
{
    public const string Flow = "chat";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ConversationState ToStored() => new(Flow, Mode.ToString().ToLowerInvariant(), Revision, JsonSerializer.Serialize(this, Json));

    public static ChatComposeState FromStored(ConversationState stored) =>
        JsonSerializer.Deserialize<ChatComposeState>(stored.Data, Json) ?? throw new JsonException("An empty chat draft.");
}
