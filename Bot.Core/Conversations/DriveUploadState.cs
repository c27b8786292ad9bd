using System.Text.Json;
using Bot.Core.Drive;
using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>Files going into a folder: how many so far. A file sent outside any flow waits here
/// (<see cref="Pending"/>) while its sender says where it goes.</summary>
public sealed record DriveUploadState(int Revision, int CompanyId, DriveFolder Folder, int Count, SharedFile? Pending = null, int PendingMessageId = 0, string? PendingCaption = null)
{
    public const string Flow = "upload";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ConversationState ToStored() => new(Flow, Pending is null ? "files" : "where", Revision, JsonSerializer.Serialize(this, Json));

    public static DriveUploadState FromStored(ConversationState stored) =>
        JsonSerializer.Deserialize<DriveUploadState>(stored.Data, Json) ?? throw new JsonException("An empty upload.");
}
