using System.Text.Json;

namespace Bot.Core.Conversations;

/// <summary>«Новый клиент» being filled in by staff: the ИНН, the name, the departments (then, with more than one, whose PM
/// is the main one; 0 for the first appointed), a summary, then «Создать».</summary>
public sealed record NewClientFormState(
    int Revision, string? Inn = null, string? Name = null, int[]? Departments = null, bool DepartmentsChosen = false, int? MainDepartmentId = null, string? Summary = null)
{
    public const string Flow = "newclient";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Step => Inn is null ? "inn" : Name is null ? "name" : !DepartmentsChosen ? "departments" : MainDepartmentId is null ? "main" : Summary is null ? "summary" : "confirm";

    public ConversationState ToStored() => new(Flow, Step, Revision, JsonSerializer.Serialize(this, Json));

    public static NewClientFormState FromStored(ConversationState stored) =>
        JsonSerializer.Deserialize<NewClientFormState>(stored.Data, Json) ?? throw new JsonException("An empty new client draft.");
}
