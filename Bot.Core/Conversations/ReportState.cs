using System.Text.Json;

namespace Bot.Core.Conversations;

/// <summary>«Отчёт о скачиваниях» being asked for: the period once chosen, then the company.</summary>
public sealed record ReportState(int Revision, DateOnly? From = null, DateOnly? To = null)
{
    public const string Flow = "report";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ConversationState ToStored() => new(Flow, From is null ? "period" : "company", Revision, JsonSerializer.Serialize(this, Json));

    public static ReportState FromStored(ConversationState stored) =>
        JsonSerializer.Deserialize<ReportState>(stored.Data, Json) ?? throw new JsonException("An empty report request.");
}
