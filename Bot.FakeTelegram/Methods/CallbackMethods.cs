using System.Text.Json.Nodes;
using Bot.FakeTelegram.Http;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Methods;

/// <summary>answerCallbackQuery: once per press, within the answer window, notice of at most 200 characters.</summary>
internal sealed class CallbackMethods(BotState state, FakeBotApiOptions options)
{
    private const int MaxNoticeLength = 200;

    public JsonNode AnswerCallbackQuery(ApiRequest request)
    {
        var id = request.RequiredText("callback_query_id");
        var text = request.Text("text");
        if (text is { Length: > MaxNoticeLength })
        {
            throw BotApiException.BadRequest("MESSAGE_TOO_LONG");
        }

        lock (state.Gate)
        {
            if (!state.Callbacks.TryGetValue(id, out var callback)
                || callback.Answer is not null
                || state.Time.GetUtcNow() - callback.PressedAt > options.CallbackAnswerWindow)
            {
                throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
            }

            callback.Answer = new CallbackAnswer(text, request.Bool("show_alert"));
            state.Signal(state.Chats.GetValueOrDefault(callback.ChatId));
            return true;
        }
    }
}
