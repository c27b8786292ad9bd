using System.Text.Json.Nodes;
using Bot.FakeTelegram.State;

namespace Bot.FakeTelegram.Driver;

/// <summary>A message the bot sent, as it stood when read: plain text (markup already parsed away),
/// caption, file and buttons.</summary>
public sealed record BotMessage(
    long ChatId,
    int MessageId,
    MessageKind Kind,
    string? Text,
    string? Caption,
    string? FileId,
    string? FileName,
    IReadOnlyList<IReadOnlyList<InlineButton>> Buttons,
    int EditCount,
    bool Deleted,
    int? ThreadId = null)
{
    public IEnumerable<InlineButton> AllButtons => Buttons.SelectMany(row => row);

    internal static BotMessage From(StoredMessage message) => message.Snapshot ??= new(
        message.ChatId,
        message.MessageId,
        message.Kind,
        message.Text?.Text,
        message.Caption?.Text,
        message.File?.FileId,
        message.File?.FileName,
        ButtonsOf(message.Markup),
        message.EditCount,
        message.Deleted,
        message.ThreadId);

    private static List<IReadOnlyList<InlineButton>> ButtonsOf(JsonObject? markup) =>
        markup?["inline_keyboard"] is JsonArray rows
            ? rows.Select(row => (IReadOnlyList<InlineButton>)row!.AsArray().Select(button => new InlineButton(
                button!["text"]!.GetValue<string>(),
                button["callback_data"]?.GetValue<string>(),
                button["url"]?.GetValue<string>())).ToList()).ToList()
            : [];
}
