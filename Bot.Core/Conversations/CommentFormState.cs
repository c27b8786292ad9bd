using System.Text.Json;
using Bot.Core.Requests;

namespace Bot.Core.Conversations;

/// <summary>A comment being written on a task: the files sent so far, and the text once typed.</summary>
public sealed record CommentFormState(int Revision, long TaskId, int Number, IReadOnlyList<DraftFile> Files, string Text = "")
{
    public const string Flow = "comment";

    private const string Step = "compose";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ConversationState ToStored() => new(Flow, Step, Revision, JsonSerializer.Serialize(this, Json));

    public static CommentFormState FromStored(ConversationState stored) =>
        JsonSerializer.Deserialize<CommentFormState>(stored.Data, Json) ?? throw new JsonException("An empty comment draft.");
}
