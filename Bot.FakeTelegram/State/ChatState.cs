namespace Bot.FakeTelegram.State;

/// <summary>A private chat between one user and the bot.</summary>
internal sealed class ChatState(long chatId, FakeUserProfile user)
{
    private int lastMessageId;

    public long ChatId { get; } = chatId;

    public FakeUserProfile User { get; } = user;

    public Dictionary<int, StoredMessage> Messages { get; } = [];

    /// <summary>The user blocked the bot: every send fails with 403.</summary>
    public bool BlockedBot { get; set; }

    public int NextMessageId() => ++lastMessageId;
}
