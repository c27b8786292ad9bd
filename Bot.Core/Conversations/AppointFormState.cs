using System.Text.Json;

namespace Bot.Core.Conversations;

/// <summary>A head naming the project of the PM they picked for a department of a company being onboarded.</summary>
public sealed record AppointFormState(int Revision, int CompanyId, int DepartmentId, int StaffId)
{
    public const string Flow = "appoint";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ConversationState ToStored() => new(Flow, "name", Revision, JsonSerializer.Serialize(this, Json));

    public static AppointFormState FromStored(ConversationState stored) =>
        JsonSerializer.Deserialize<AppointFormState>(stored.Data, Json) ?? throw new JsonException("An empty appointment.");
}
