using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.FakeTelegram.Http;
using Bot.FakeTelegram.Json;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Methods;

/// <summary>getMe, setMyCommands / getMyCommands and sendChatAction.</summary>
internal sealed partial class BotMethods(BotState state, FakeBotApiOptions options)
{
    public JsonNode GetMe(ApiRequest request) => TelegramJson.Bot(options);

    public JsonNode SetMyCommands(ApiRequest request)
    {
        if (request.Json("commands") is not JsonArray commands || commands.Count > 100)
        {
            throw BotApiException.BadRequest("commands must be a list of at most 100 commands");
        }

        foreach (var command in commands)
        {
            var name = command?["command"]?.GetValue<string>() ?? "";
            var description = command?["description"]?.GetValue<string>() ?? "";
            if (!CommandName().IsMatch(name))
            {
                throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description.Length is < 1 or > 256)
            {
                throw BotApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }

        var language = request.Text("language_code") ?? "";
        if (language.Length is not (0 or 2))
        {
            throw BotApiException.BadRequest("invalid language code specified");
        }

        lock (state.Gate)
        {
            state.Commands[CommandsKey(request, language)] = (JsonArray)commands.DeepClone();
            state.Signal();
            return true;
        }
    }

    public JsonNode GetMyCommands(ApiRequest request)
    {
        lock (state.Gate)
        {
            return state.Commands.GetValueOrDefault(CommandsKey(request, request.Text("language_code") ?? ""))?.DeepClone() ?? new JsonArray();
        }
    }

    public JsonNode SendChatAction(ApiRequest request)
    {
        _ = request.RequiredText("action");
        lock (state.Gate)
        {
            _ = state.WritableChatFor(request);
            return true;
        }
    }

    internal static string CommandsKey(string scope, string language) => $"{scope}|{language}";

    private static string CommandsKey(ApiRequest request, string language) =>
        CommandsKey(request.Json("scope")?["type"]?.GetValue<string>() ?? "default", language);

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
