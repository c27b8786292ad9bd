namespace Bot.Core.Conversations;

/// <summary>Each user's conversation in each chat, written in the transaction of the update that changed it.</summary>
public interface IConversationStore
{
    Task<ConversationState?> LoadAsync(long userId, long chatId, CancellationToken cancellationToken);

    Task SaveAsync(long userId, long chatId, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends the conversation; true when there was one.</summary>
    Task<bool> ClearAsync(long userId, long chatId, CancellationToken cancellationToken);
}
