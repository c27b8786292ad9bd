using Bot.Core.Messaging;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Host.Telegram;

internal static class KeyboardMarkup
{
    public static InlineKeyboardMarkup? From(Keyboard? keyboard) => keyboard is null
        ? null
        : new InlineKeyboardMarkup(keyboard.Rows.Select(row => row.Select(button => button.Url is { } url ? InlineKeyboardButton.WithUrl(button.Text, url) : InlineKeyboardButton.WithCallbackData(button.Text, button.Data))));
}
