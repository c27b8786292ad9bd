using System.Text.Json.Nodes;
using Bot.FakeTelegram.Limits;

namespace Bot.FakeTelegram.State;

/// <summary>A message in a chat, as it stands now (edits change it in place).</summary>
internal sealed class StoredMessage
{
    public required int MessageId { get; init; }

    public required long ChatId { get; init; }

    public required bool FromBot { get; init; }

    public required DateTimeOffset Date { get; init; }

    public MessageKind Kind { get; init; } = MessageKind.Text;

    public FormattedText? Text { get; set; }

    public FormattedText? Caption { get; set; }

    public JsonObject? Markup { get; set; }

    public StoredFile? File { get; init; }

    public string? MediaGroupId { get; init; }

    /// <summary>The message this one answers (a Telegram reply), sent whole as Telegram does, one level deep.</summary>
    public StoredMessage? ReplyTo { get; init; }

    /// <summary>Who wrote a user's message in a group (in a private chat, the chat's user).</summary>
    public FakeUserProfile? Sender { get; init; }

    /// <summary>The forum topic the message is in (message_thread_id), if any.</summary>
    public int? ThreadId { get; init; }

    /// <summary>For a topic's creation (a service message), the topic's name.</summary>
    public string? TopicCreated { get; init; }

    public int EditCount { get; set; }

    public bool Deleted { get; set; }

    /// <summary>The driver's view of this message, kept until the message changes: waiting tests probe it on
    /// every change in the fake, and rebuilding it each time would make the fake the bottleneck.</summary>
    internal Driver.BotMessage? Snapshot { get; set; }

    /// <summary>What "message is not modified" compares: the text, its entities and the buttons.</summary>
    public string ContentKey => string.Join('\u0001',
        Text?.Text, Text?.Entities.ToJsonString(), Caption?.Text, Caption?.Entities.ToJsonString(), Markup?.ToJsonString());
}
