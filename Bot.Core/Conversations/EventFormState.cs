using System.Text.Json;
using Bot.Core.Agenda;

namespace Bot.Core.Conversations;

/// <summary>An agreed event being written by staff for a company: its title, date (and time), how it repeats and a
/// note, then «Создать»; or, with <see cref="MoveEventId"/>, only the new date of an existing event.</summary>
public sealed record EventFormState(
    int Revision, int CompanyId, long? MoveEventId = null, string? Title = null, DateOnly? Date = null, TimeOnly? At = null,
    EventRepeat? Repeat = null, int RepeatNumber = 0, string? Note = null)
{
    public const string Flow = "event";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Step => MoveEventId is not null ? "date" : Title is null ? "title" : Date is null ? "date" : Repeat is null ? "repeat" : Note is null ? "note" : "confirm";

    public ConversationState ToStored() => new(Flow, Step, Revision, JsonSerializer.Serialize(this, Json));

    public static EventFormState FromStored(ConversationState stored) =>
        JsonSerializer.Deserialize<EventFormState>(stored.Data, Json) ?? throw new JsonException("An empty event draft.");
}
