namespace Bot.Core.Conversations;

/// <summary>Each user's conversation in each chat, written in the transaction of the update that changed it.</summary>
public interface IConversationStore
{
    /// <summary>The revision a new flow starts at: higher than any this user was shown in this chat, so that a
    /// button of a finished or cancelled flow can never act on a later one.</summary>
    Task<int> FirstRevisionAsync(long userId, long chatId, CancellationToken cancellationToken);

    Task<ConversationState?> LoadAsync(long userId, long chatId, CancellationToken cancellationToken);

    Task SaveAsync(long userId, long chatId, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends the conversation; true when there was one.</summary>
    Task<bool> ClearAsync(long userId, long chatId, CancellationToken cancellationToken);
}
