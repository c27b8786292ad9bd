using Bot.Storage.Inbox;

namespace Bot.Storage.Tests.Builders;

/// <summary>Received updates as the inbox stores them.</summary>
internal static class InboxEntries
{
    /// <summary>A text message "x" in a private chat.</summary>
    public static InboxEntry Text(long updateId, long chatId) =>
        new(updateId, chatId, $$$"""{"update_id":{{{updateId}}},"message":{"message_id":1,"date":0,"chat":{"id":{{{chatId}}},"type":"private"},"text":"x"}}""");

    /// <summary>A text message "x" from a user in their private chat with the bot.</summary>
    public static InboxEntry FromUser(long updateId, long userId) =>
        new(updateId, userId, $$$"""{"update_id":{{{updateId}}},"message":{"message_id":1,"date":0,"from":{"id":{{{userId}}},"is_bot":false,"first_name":"x"},"chat":{"id":{{{userId}}},"type":"private"},"text":"x"}}""");
}
