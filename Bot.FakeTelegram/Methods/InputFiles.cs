using Bot.FakeTelegram.Http;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Methods;

/// <summary>Resolves a file parameter as Telegram does: an uploaded part (named directly or by
/// attach://), or the file_id of a file Telegram already holds. URLs cannot be fetched here.</summary>
internal sealed class InputFiles(BotState state, FakeBotApiOptions options)
{
    public StoredFile Resolve(ApiRequest request, string field, string reference, MessageKind kind)
    {
        var upload = request.File(reference) ?? request.File(field);
        if (upload is not null)
        {
            return Store(upload, kind);
        }

        if (reference.StartsWith("attach://", StringComparison.Ordinal))
        {
            throw BotApiException.BadRequest($"can't find attached file \"{reference["attach://".Length..]}\"");
        }

        lock (state.Gate)
        {
            return (state.ForgottenFileIds.Contains(reference) ? null : state.Files.GetValueOrDefault(reference))
                ?? throw BotApiException.BadRequest("wrong file identifier/HTTP URL specified");
        }
    }

    public StoredFile Resolve(ApiRequest request, string field, MessageKind kind) =>
        request.File(field) is { } upload
            ? Store(upload, kind)
            : Resolve(request, field, request.Text(field) ?? throw BotApiException.BadRequest($"there is no {field} in the request"), kind);

    private StoredFile Store(UploadedFile upload, MessageKind kind)
    {
        if (upload.Content.LongLength > options.MaxUploadBytes)
        {
            throw new BotApiException(413, "Request Entity Too Large");
        }

        if (kind == MessageKind.Photo && upload.Content.LongLength > options.MaxPhotoBytes)
        {
            throw BotApiException.BadRequest("PHOTO_INVALID_DIMENSIONS");
        }

        if (upload.Content.Length == 0)
        {
            throw BotApiException.BadRequest("file must be non-empty");
        }

        lock (state.Gate)
        {
            return state.AddFile(upload.Content, upload.FileName, upload.ContentType, kind == MessageKind.Photo ? "photos" : "documents");
        }
    }
}
