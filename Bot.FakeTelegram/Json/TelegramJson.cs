using System.Text.Json.Nodes;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Json;

/// <summary>Bot API objects in Telegram's own shape (snake_case, unix dates, optional fields omitted).</summary>
internal static class TelegramJson
{
    public static JsonObject User(FakeUserProfile user)
    {
        var json = new JsonObject { ["id"] = user.Id, ["is_bot"] = false, ["first_name"] = user.FirstName };
        AddIfSet(json, "username", user.Username);
        AddIfSet(json, "language_code", user.LanguageCode);
        return json;
    }

    public static JsonObject Bot(FakeBotApiOptions options) => new()
    {
        ["id"] = options.BotId, ["is_bot"] = true, ["first_name"] = options.BotFirstName, ["username"] = options.BotUsername,
    };

    public static JsonObject PrivateChat(FakeUserProfile user)
    {
        var json = new JsonObject { ["id"] = user.Id, ["type"] = "private", ["first_name"] = user.FirstName };
        AddIfSet(json, "username", user.Username);
        return json;
    }

    /// <summary>The colour Telegram gives a topic created without one.</summary>
    public const int TopicColor = 7322096;

    public static JsonObject Supergroup(long id, string title, bool isForum)
    {
        var json = new JsonObject { ["id"] = id, ["type"] = "supergroup", ["title"] = title };
        if (isForum)
        {
            json["is_forum"] = true;
        }

        return json;
    }

    public static JsonObject Message(StoredMessage message, ChatState chat, FakeBotApiOptions options)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = message.FromBot ? Bot(options) : User(message.Sender ?? chat.User),
            ["chat"] = chat.Title is { } title ? Supergroup(chat.ChatId, title, chat.IsForum) : PrivateChat(chat.User),
            ["date"] = message.Date.ToUnixTimeSeconds(),
        };
        if (message.ThreadId is { } thread)
        {
            json["message_thread_id"] = thread;
            json["is_topic_message"] = true;
        }

        if (message.TopicCreated is { } topic)
        {
            json["forum_topic_created"] = new JsonObject { ["name"] = topic, ["icon_color"] = TopicColor };
        }

        if (message.EditCount > 0)
        {
            json["edit_date"] = message.Date.ToUnixTimeSeconds();
        }

        AddText(json, "text", "entities", message.Text);
        AddText(json, "caption", "caption_entities", message.Caption);
        AddIfSet(json, "media_group_id", message.MediaGroupId);
        if (message.File is { } file)
        {
            json[message.Kind == MessageKind.Photo ? "photo" : "document"] = message.Kind == MessageKind.Photo
                ? new JsonArray(PhotoSize(file))
                : Document(file);
        }

        if (message.Markup is not null)
        {
            json["reply_markup"] = message.Markup.DeepClone();
        }

        if (message.ReplyTo is { } original)
        {
            json["reply_to_message"] = Message(new StoredMessage
            {
                MessageId = original.MessageId, ChatId = original.ChatId, FromBot = original.FromBot, Date = original.Date, Kind = original.Kind,
                Text = original.Text, Caption = original.Caption, File = original.File, Sender = original.Sender, ThreadId = original.ThreadId,
                TopicCreated = original.TopicCreated,
            }, chat, options);
        }

        return json;
    }

    public static JsonObject File(StoredFile file) => new()
    {
        ["file_id"] = file.FileId, ["file_unique_id"] = file.UniqueId, ["file_size"] = file.Size, ["file_path"] = file.Path,
    };

    private static JsonObject PhotoSize(StoredFile file) => new()
    {
        ["file_id"] = file.FileId, ["file_unique_id"] = file.UniqueId, ["width"] = 1280, ["height"] = 960, ["file_size"] = file.Size,
    };

    private static JsonObject Document(StoredFile file)
    {
        var json = new JsonObject { ["file_id"] = file.FileId, ["file_unique_id"] = file.UniqueId, ["file_size"] = file.Size };
        AddIfSet(json, "file_name", file.FileName);
        AddIfSet(json, "mime_type", file.MimeType);
        return json;
    }

    private static void AddText(JsonObject json, string textField, string entitiesField, Limits.FormattedText? text)
    {
        if (text is null)
        {
            return;
        }

        json[textField] = text.Text;
        if (text.Entities.Count > 0)
        {
            json[entitiesField] = text.Entities.DeepClone();
        }
    }

    private static void AddIfSet(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
