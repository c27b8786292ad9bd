using Bot.Core.Chat;

namespace Bot.Storage.Chat;

/// <summary>How entry kinds and marks are spelled in <c>chat_entries</c>.</summary>
internal static class ChatCodes
{
    public static string Of(ChatEntryKind kind) => kind switch
    {
        ChatEntryKind.Client => "client",
        ChatEntryKind.Firm => "firm",
        _ => "mark",
    };

    public static string? Of(ChatMark? mark) => mark switch
    {
        null => null,
        ChatMark.Call => "call",
        ChatMark.Letter => "letter",
        ChatMark.Visit => "visit",
        ChatMark.ServiceOn => "service_on",
        _ => "service_off",
    };

    public static ChatEntryKind Kind(string code) => code switch
    {
        "client" => ChatEntryKind.Client,
        "firm" => ChatEntryKind.Firm,
        _ => ChatEntryKind.Mark,
    };

    public static ChatMark? Mark(string? code) => code switch
    {
        null => null,
        "call" => ChatMark.Call,
        "letter" => ChatMark.Letter,
        "visit" => ChatMark.Visit,
        "service_on" => ChatMark.ServiceOn,
        _ => ChatMark.ServiceOff,
    };
}
