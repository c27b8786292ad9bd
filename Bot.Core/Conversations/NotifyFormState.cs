using System.Text.Json;
using Bot.Core.Notifications;
using Bot.Core.Requests;

namespace Bot.Core.Conversations;

/// <summary>A notification being written by staff: its company, then its kind, text, file and recipients, in that order.</summary>
public sealed record NotifyFormState(int Revision, int CompanyId, NotificationKind? Kind = null, string? Text = null, DraftFile? File = null, bool FileAsked = false)
{
    public const string Flow = "notify";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Step => Kind is null ? "kind" : Text is null ? "text" : !FileAsked ? "file" : "recipients";

    public ConversationState ToStored() => new(Flow, Step, Revision, JsonSerializer.Serialize(this, Json));

    public static NotifyFormState FromStored(ConversationState stored) =>
        JsonSerializer.Deserialize<NotifyFormState>(stored.Data, Json) ?? throw new JsonException("An empty notification draft.");
}
