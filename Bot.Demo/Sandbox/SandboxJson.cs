using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Demo.Sandbox;

internal static class SandboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
