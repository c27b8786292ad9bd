using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.FakeTelegram.Http;

/// <summary>A Bot API call's parameters, read the ways Telegram accepts them: query string, URL-encoded
/// or multipart form (complex values as JSON text, files as parts named directly or via attach://),
/// a JSON body, or nothing at all.</summary>
public sealed class ApiRequest
{
    private readonly Dictionary<string, JsonNode?> parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UploadedFile> files = new(StringComparer.Ordinal);

    private ApiRequest()
    {
    }

    public static async Task<ApiRequest> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var request = new ApiRequest();
        foreach (var (key, value) in http.Query)
        {
            request.parameters[key] = JsonValue.Create(value.ToString());
        }

        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
            {
                request.parameters[key] = JsonValue.Create(value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken);
                request.files[file.Name] = new UploadedFile(file.FileName, file.ContentType, content.ToArray());
            }
        }
        else if (http.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            await request.ReadJsonAsync(http.Body, cancellationToken);
        }

        return request;
    }

    private async Task ReadJsonAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        try
        {
            if (JsonNode.Parse(text) is not JsonObject json)
            {
                throw BotApiException.BadRequest("request body must be a JSON object");
            }

            foreach (var (key, value) in json)
            {
                parameters[key] = value?.DeepClone();
            }
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest("can't parse JSON object");
        }
    }

    public bool Has(string name) => parameters.TryGetValue(name, out var value) && value is not null;

    public string? Text(string name) => parameters.TryGetValue(name, out var value) && value is not null
        ? value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()
        : null;

    public string RequiredText(string name) =>
        Text(name) ?? throw BotApiException.BadRequest($"{name} is empty");

    public long? Number(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw BotApiException.BadRequest($"field \"{name}\" must be a number");
    }

    public long RequiredNumber(string name) => Number(name) ?? throw BotApiException.BadRequest($"{name} is empty");

    public bool Bool(string name) => Text(name) is { } text && (text == "true" || text == "1" || text == "True");

    /// <summary>An object or array parameter; in forms it arrives as JSON text.</summary>
    public JsonNode? Json(string name)
    {
        if (!parameters.TryGetValue(name, out var value) || value is null)
        {
            return null;
        }

        if (value.GetValueKind() != JsonValueKind.String)
        {
            return value;
        }

        try
        {
            return JsonNode.Parse(value.GetValue<string>());
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest($"can't parse {name} JSON object");
        }
    }

    /// <summary>A file part, named directly or by an "attach://part" reference.</summary>
    public UploadedFile? File(string nameOrReference)
    {
        var part = nameOrReference.StartsWith("attach://", StringComparison.Ordinal) ? nameOrReference["attach://".Length..] : nameOrReference;
        return files.GetValueOrDefault(part);
    }
}
