using System.Text;
using System.Text.Json.Nodes;
using Bot.FakeTelegram.Http;

namespace Bot.FakeTelegram.Limits;

/// <summary>Inline keyboards as Telegram checks them: at most 100 buttons, each with a text and exactly
/// one action; callback data of 1 to 64 bytes.</summary>
internal static class KeyboardRules
{
    public const int MaxButtons = 100;
    public const int MaxCallbackDataBytes = 64;

    private static readonly string[] Actions =
        ["callback_data", "url", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
         "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay"];

    /// <summary>Returns the markup to store, or null when none or a non-inline keyboard was sent.</summary>
    public static JsonObject? InlineKeyboard(JsonNode? markup)
    {
        if (markup is not JsonObject obj || obj["inline_keyboard"] is not { } keyboard)
        {
            return null;
        }

        if (keyboard is not JsonArray rows || rows.Any(row => row is not JsonArray))
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
        }

        var buttons = rows.SelectMany(row => row!.AsArray()).ToList();
        if (buttons.Count > MaxButtons)
        {
            throw BotApiException.BadRequest("BUTTONS_TOO_MUCH");
        }

        foreach (var button in buttons)
        {
            CheckButton(button as JsonObject ?? throw BotApiException.BadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object"));
        }

        return (JsonObject)obj.DeepClone();
    }

    private static void CheckButton(JsonObject button)
    {
        if (button["text"]?.GetValue<string>() is not { Length: > 0 })
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        var actions = Actions.Count(button.ContainsKey);
        if (actions != 1)
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: InlineKeyboardButton must have exactly one of the optional fields");
        }

        if (button["callback_data"] is { } data)
        {
            var bytes = Encoding.UTF8.GetByteCount(data.GetValue<string>());
            if (bytes is < 1 or > MaxCallbackDataBytes)
            {
                throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
            }
        }
    }
}
