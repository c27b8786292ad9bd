using System.Text.Json.Nodes;
using Bot.FakeTelegram.Http;

namespace Bot.FakeTelegram.Methods;

/// <summary>The Bot API methods the fake serves, by name (Telegram matches names case-insensitively).</summary>
internal sealed class MethodTable
{
    private readonly Dictionary<string, Func<ApiRequest, CancellationToken, Task<JsonNode>>> methods = new(StringComparer.OrdinalIgnoreCase);

    public MethodTable(UpdateMethods updates, WebhookMethods webhook, MessageMethods messages, MediaMethods media, CallbackMethods callbacks, BotMethods bot, ForumMethods forum)
    {
        methods["getUpdates"] = updates.GetUpdatesAsync;
        Add("setWebhook", webhook.SetWebhook);
        Add("deleteWebhook", webhook.DeleteWebhook);
        Add("getWebhookInfo", webhook.GetWebhookInfo);
        Add("sendMessage", messages.SendMessage);
        Add("editMessageText", messages.EditMessageText);
        Add("editMessageReplyMarkup", messages.EditMessageReplyMarkup);
        Add("deleteMessage", messages.DeleteMessage);
        Add("sendPhoto", media.SendPhoto);
        Add("sendDocument", media.SendDocument);
        Add("sendMediaGroup", media.SendMediaGroup);
        Add("getFile", media.GetFile);
        Add("answerCallbackQuery", callbacks.AnswerCallbackQuery);
        Add("getMe", bot.GetMe);
        Add("setMyCommands", bot.SetMyCommands);
        Add("getMyCommands", bot.GetMyCommands);
        Add("sendChatAction", bot.SendChatAction);
        Add("createForumTopic", forum.CreateForumTopic);
    }

    public bool TryGet(string name, out Func<ApiRequest, CancellationToken, Task<JsonNode>> method) =>
        methods.TryGetValue(name, out method!);

    private void Add(string name, Func<ApiRequest, JsonNode> method) =>
        methods[name] = (request, _) => Task.FromResult(method(request));
}
