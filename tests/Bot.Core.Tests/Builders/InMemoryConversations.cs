using Bot.Core.Conversations;

namespace Bot.Core.Tests.Builders;

/// <summary>Conversation state held in memory; the PostgreSQL store has its own tests.</summary>
internal sealed class InMemoryConversations : IConversationStore
{
    private readonly Dictionary<(long User, long Chat), ConversationState> states = [];

    public ConversationState? Of(long userId) => states.GetValueOrDefault((userId, userId));

    public Task<ConversationState?> LoadAsync(long userId, long chatId, CancellationToken cancellationToken) =>
        Task.FromResult(states.GetValueOrDefault((userId, chatId)));

    public Task SaveAsync(long userId, long chatId, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        states[(userId, chatId)] = state;
        return Task.CompletedTask;
    }

    public Task<bool> ClearAsync(long userId, long chatId, CancellationToken cancellationToken) =>
        Task.FromResult(states.Remove((userId, chatId)));
}
