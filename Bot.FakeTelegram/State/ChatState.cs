namespace Bot.FakeTelegram.State;

/// <summary>A private chat between one user and the bot, or — with a <see cref="Title"/> — a supergroup the bot
/// administers, a forum with topics when <see cref="IsForum"/>. In a group, <see cref="User"/> is the group's own
/// profile and never a sender: each user message names its sender.</summary>
internal sealed class ChatState(long chatId, FakeUserProfile user)
{
    private int lastMessageId;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long ChatId { get; } = chatId;

    public FakeUserProfile User { get; } = user;

    public Dictionary<int, StoredMessage> Messages { get; } = [];

    public string? Title { get; init; }

    public bool IsForum { get; init; }

    /// <summary>The forum's topics by message_thread_id (the id of the topic's creation message), with their names.</summary>
    public Dictionary<int, string> Topics { get; } = [];

    /// <summary>The user blocked the bot: every send fails with 403.</summary>
    public bool BlockedBot { get; set; }

    public int NextMessageId() => ++lastMessageId;

    /// <summary>Completes at the next change in this chat, so a waiting user wakes only for their own chat.</summary>
    public Task Changed => changed.Task;

    public void Signal()
    {
        var previous = changed;
        changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }
}
