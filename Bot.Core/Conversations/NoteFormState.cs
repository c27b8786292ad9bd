using System.Text.Json;
using Bot.Core.Requests;

namespace Bot.Core.Conversations;

/// <summary>A note being written on a task: the files sent so far, and the text once typed.</summary>
public sealed record NoteFormState(int Revision, NotePurpose Purpose, long TaskId, int Number, IReadOnlyList<DraftFile> Files, string Text = "")
{
    public const string Flow = "note";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ConversationState ToStored() => new(Flow, Purpose.ToString(), Revision, JsonSerializer.Serialize(this, Json));

    public static NoteFormState FromStored(ConversationState stored) =>
        JsonSerializer.Deserialize<NoteFormState>(stored.Data, Json) ?? throw new JsonException("An empty note draft.");
}
