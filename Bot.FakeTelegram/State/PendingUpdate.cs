using System.Text.Json.Nodes;

namespace Bot.FakeTelegram.State;

/// <summary>An update waiting to be fetched by getUpdates or pushed to the webhook.</summary>
internal sealed record PendingUpdate(int UpdateId, string Type, JsonObject Json);
