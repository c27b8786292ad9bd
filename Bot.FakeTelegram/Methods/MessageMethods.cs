using System.Text.Json.Nodes;
using Bot.FakeTelegram.Http;
using Bot.FakeTelegram.Json;
using Bot.FakeTelegram.Limits;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Methods;

/// <summary>sendMessage, editMessageText, editMessageReplyMarkup and deleteMessage.</summary>
internal sealed class MessageMethods(BotState state, FloodControl flood, FakeBotApiOptions options)
{
    public JsonNode SendMessage(ApiRequest request)
    {
        var text = TextRules.MessageText(request.Text("text"), request.Text("parse_mode"));
        var markup = KeyboardRules.InlineKeyboard(request.Json("reply_markup"));
        lock (state.Gate)
        {
            var chat = state.WritableChatFor(request);
            var thread = BotState.ThreadFor(request, chat);
            flood.Acquire(chat.ChatId);
            var message = new StoredMessage
            {
                MessageId = chat.NextMessageId(), ChatId = chat.ChatId, FromBot = true, Date = state.Time.GetUtcNow(),
                Text = text, Markup = markup, ThreadId = thread,
            };
            chat.Messages[message.MessageId] = message;
            state.Signal(chat);
            return TelegramJson.Message(message, chat, options);
        }
    }

    public JsonNode EditMessageText(ApiRequest request)
    {
        RefuseInlineMessages(request);
        var text = TextRules.MessageText(request.Text("text"), request.Text("parse_mode"));
        var markup = KeyboardRules.InlineKeyboard(request.Json("reply_markup"));
        return Edit(request, message =>
        {
            if (message.Kind != MessageKind.Text)
            {
                throw BotApiException.BadRequest("there is no text in the message to edit");
            }

            message.Text = text;
            message.Markup = markup;
        });
    }

    public JsonNode EditMessageReplyMarkup(ApiRequest request)
    {
        RefuseInlineMessages(request);
        var markup = KeyboardRules.InlineKeyboard(request.Json("reply_markup"));
        return Edit(request, message => message.Markup = markup);
    }

    public JsonNode DeleteMessage(ApiRequest request)
    {
        lock (state.Gate)
        {
            var message = state.BotMessageFor(request, "message to delete not found");
            message.Deleted = true;
            message.Snapshot = null;
            state.Signal(state.Chats[message.ChatId]);
            return true;
        }
    }

    private JsonObject Edit(ApiRequest request, Action<StoredMessage> change)
    {
        lock (state.Gate)
        {
            var chat = state.WritableChatFor(request);
            var message = state.BotMessageFor(request, "message to edit not found");
            if (!message.FromBot)
            {
                throw BotApiException.BadRequest("message can't be edited");
            }

            var before = message.ContentKey;
            var (text, markup) = (message.Text, message.Markup);
            change(message);
            if (message.ContentKey == before)
            {
                throw BotApiException.BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }

            try
            {
                flood.Acquire(chat.ChatId);
            }
            catch (BotApiException)
            {
                (message.Text, message.Markup) = (text, markup);
                throw;
            }

            message.EditCount++;
            message.Snapshot = null;
            state.Signal(chat);
            return TelegramJson.Message(message, chat, options);
        }
    }

    private static void RefuseInlineMessages(ApiRequest request)
    {
        if (request.Has("inline_message_id"))
        {
            throw BotApiException.BadRequest("inline messages are not supported by this fake");
        }
    }
}
