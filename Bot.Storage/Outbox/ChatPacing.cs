namespace Bot.Storage.Outbox;

/// <summary>How many messages a chat may get in a window, across every instance: private chats and
/// groups (negative ids) separately.</summary>
public sealed record ChatPacing(int ChatBurst, TimeSpan ChatWindow, int GroupBurst, TimeSpan GroupWindow)
{
    /// <summary>No limit beyond the order of each chat's messages (for tests of other things).</summary>
    public static ChatPacing None { get; } = new(int.MaxValue, TimeSpan.Zero, int.MaxValue, TimeSpan.Zero);
}
