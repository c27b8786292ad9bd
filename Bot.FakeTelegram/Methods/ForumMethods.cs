using System.Text.Json.Nodes;
using Bot.FakeTelegram.Http;
using Bot.FakeTelegram.Json;
using Bot.FakeTelegram.Limits;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Methods;

/// <summary>createForumTopic: only in a forum supergroup, a name of 1–128 characters; the topic's id is the id of
/// its creation (a service message in the chat), as with Telegram. It counts against the chat's flood limit.</summary>
internal sealed class ForumMethods(BotState state, FloodControl flood)
{
    private const int MaxNameLength = 128;

    public JsonNode CreateForumTopic(ApiRequest request)
    {
        var name = request.Text("name") ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            throw BotApiException.BadRequest("TOPIC_NAME_INVALID");
        }

        lock (state.Gate)
        {
            var chat = state.WritableChatFor(request);
            if (!chat.IsForum)
            {
                throw BotApiException.BadRequest("the chat is not a forum");
            }

            flood.Acquire(chat.ChatId);
            var id = chat.NextMessageId();
            var created = new StoredMessage { MessageId = id, ChatId = chat.ChatId, FromBot = true, Date = state.Time.GetUtcNow(), TopicCreated = name, ThreadId = id };
            chat.Messages[created.MessageId] = created;
            chat.Topics[created.MessageId] = name;
            state.Signal(chat);
            return new JsonObject { ["message_thread_id"] = created.MessageId, ["name"] = name, ["icon_color"] = TelegramJson.TopicColor };
        }
    }
}
