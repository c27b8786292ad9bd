using System.Text.Json.Nodes;
using Bot.FakeTelegram.Http;
using Bot.FakeTelegram.Json;
using Bot.FakeTelegram.Limits;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Methods;

/// <summary>sendPhoto, sendDocument, sendMediaGroup and getFile (bots download at most 20 MB).</summary>
internal sealed class MediaMethods(BotState state, FloodControl flood, InputFiles inputFiles, FakeBotApiOptions options)
{
    public JsonNode SendPhoto(ApiRequest request) => SendFile(request, "photo", MessageKind.Photo);

    public JsonNode SendDocument(ApiRequest request) => SendFile(request, "document", MessageKind.Document);

    public JsonNode SendMediaGroup(ApiRequest request)
    {
        if (request.Json("media") is not JsonArray media || media.Count is < 2 or > 10)
        {
            throw BotApiException.BadRequest("wrong number of media in the album: 2 to 10 are allowed");
        }

        var items = media.Select(item => item as JsonObject ?? throw BotApiException.BadRequest("can't parse InputMedia")).ToList();
        var kinds = items.Select(item => item["type"]?.GetValue<string>() switch
        {
            "photo" => MessageKind.Photo,
            "document" => MessageKind.Document,
            var other => throw BotApiException.BadRequest($"unsupported media type \"{other}\" in this fake"),
        }).ToList();
        if (kinds.Distinct().Count() > 1)
        {
            throw BotApiException.BadRequest("document can't be mixed with other media types");
        }

        var captions = items.Select(item => TextRules.Caption(item["caption"]?.GetValue<string>(), item["parse_mode"]?.GetValue<string>())).ToList();
        var files = items.Select((item, i) => inputFiles.Resolve(request, "media", item["media"]?.GetValue<string>() ?? "", kinds[i])).ToList();
        lock (state.Gate)
        {
            var chat = state.WritableChatFor(request);
            flood.Acquire(chat.ChatId, items.Count);
            var group = $"{state.Time.GetUtcNow().ToUnixTimeMilliseconds()}{chat.ChatId}";
            var sent = files.Select((file, i) => Store(chat, kinds[i], file, captions[i], null, group)).ToList();
            state.Signal(chat);
            return new JsonArray([.. sent.Select(message => (JsonNode)TelegramJson.Message(message, chat, options))]);
        }
    }

    public JsonNode GetFile(ApiRequest request)
    {
        var id = request.RequiredText("file_id");
        lock (state.Gate)
        {
            var file = state.Files.GetValueOrDefault(id) ?? throw BotApiException.BadRequest("invalid file_id");
            return file.Size > options.MaxDownloadBytes ? throw BotApiException.BadRequest("file is too big") : TelegramJson.File(file);
        }
    }

    private JsonObject SendFile(ApiRequest request, string field, MessageKind kind)
    {
        var caption = TextRules.Caption(request.Text("caption"), request.Text("parse_mode"));
        var markup = KeyboardRules.InlineKeyboard(request.Json("reply_markup"));
        lock (state.Gate)
        {
            _ = state.WritableChatFor(request);
        }

        var file = inputFiles.Resolve(request, field, kind);
        lock (state.Gate)
        {
            var chat = state.WritableChatFor(request);
            var thread = BotState.ThreadFor(request, chat);
            flood.Acquire(chat.ChatId);
            var message = Store(chat, kind, file, caption, markup, null, thread);
            state.Signal(chat);
            return TelegramJson.Message(message, chat, options);
        }
    }

    private StoredMessage Store(ChatState chat, MessageKind kind, StoredFile file, FormattedText? caption, JsonObject? markup, string? group, int? thread = null)
    {
        var message = new StoredMessage
        {
            MessageId = chat.NextMessageId(), ChatId = chat.ChatId, FromBot = true, Date = state.Time.GetUtcNow(),
            Kind = kind, File = file, Caption = caption, Markup = markup, MediaGroupId = group, ThreadId = thread,
        };
        chat.Messages[message.MessageId] = message;
        return message;
    }
}
