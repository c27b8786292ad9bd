using Bot.Core.Conversations;

namespace Bot.Core.Tests.Builders;

/// <summary>Conversation state held in memory, with the PostgreSQL store's rule that a new flow's revisions
/// start above every revision the user was shown in that chat; the PostgreSQL store has its own tests.</summary>
internal sealed class InMemoryConversations : IConversationStore
{
    private readonly Dictionary<(long User, long Chat), ConversationState> states = [];
    private readonly Dictionary<(long User, long Chat), int> lastRevisions = [];

    public ConversationState? Of(long userId) => states.GetValueOrDefault((userId, userId));

    public Task<int> FirstRevisionAsync(long userId, long chatId, CancellationToken cancellationToken) =>
        Task.FromResult(lastRevisions.GetValueOrDefault((userId, chatId)) + 1);

    public Task<ConversationState?> LoadAsync(long userId, long chatId, CancellationToken cancellationToken) =>
        Task.FromResult(states.GetValueOrDefault((userId, chatId)));

    public Task SaveAsync(long userId, long chatId, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        states[(userId, chatId)] = state;
        lastRevisions[(userId, chatId)] = Math.Max(lastRevisions.GetValueOrDefault((userId, chatId)), state.Revision);
        return Task.CompletedTask;
    }

    public Task<bool> ClearAsync(long userId, long chatId, CancellationToken cancellationToken) =>
        Task.FromResult(states.Remove((userId, chatId)));
}
