using System.Text.Json;

namespace Bot.Core.Conversations;

/// <summary>The request form between two messages. Moving to another step raises the revision, which
/// makes the buttons drawn for earlier steps stale.</summary>
public sealed record RequestFormState(RequestStep Step, int Revision, RequestDraft Draft)
{
    public const string Flow = "request";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public RequestFormState Go(RequestStep step, RequestDraft draft) => new(step, Revision + 1, draft);

    public RequestFormState Stay(RequestDraft draft) => this with { Draft = draft };

    public ConversationState ToStored() => new(Flow, Step.ToString(), Revision, JsonSerializer.Serialize(Draft, Json));

    public static RequestFormState FromStored(ConversationState stored) =>
        new(Enum.Parse<RequestStep>(stored.Step), stored.Revision,
            JsonSerializer.Deserialize<RequestDraft>(stored.Data, Json) ?? throw new JsonException("An empty request draft."));
}
