namespace Bot.FakeTelegram.State;

/// <summary>A private chat between one user and the bot.</summary>
internal sealed class ChatState(long chatId, FakeUserProfile user)
{
    private int lastMessageId;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long ChatId { get; } = chatId;

    public FakeUserProfile User { get; } = user;

    public Dictionary<int, StoredMessage> Messages { get; } = [];

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
