using Bot.Core.Conversations;
using Bot.Storage.Connection;

namespace Bot.Storage.Conversations;

/// <summary>Conversation state in the scope's <see cref="DbSession"/>, so that it commits with the update that
/// changed it. A finished flow leaves its row behind with an empty flow: its revision is where the next flow's
/// revisions start, so buttons of the finished one are stale for good. Like identities, the inbox's claim reads
/// a batch's conversations with the batch (<see cref="Prime"/>), valid while the session runs no statement.</summary>
public sealed class ConversationRepository(DbSession session) : IConversationStore
{
    private const string Idle = "";
    private Dictionary<(long UserId, long ChatId), ConversationState?> primed = [];
    private int primedAt = -1;

    public async Task<int> FirstRevisionAsync(long userId, long chatId, CancellationToken cancellationToken)
    {
        const string sql = "SELECT coalesce(max(revision), 0) + 1 FROM conversations WHERE user_id = @UserId AND chat_id = @ChatId";
        return await session.QuerySingleOrDefaultAsync<int>(sql, new { UserId = userId, ChatId = chatId }, cancellationToken);
    }

    public async Task<ConversationState?> LoadAsync(long userId, long chatId, CancellationToken cancellationToken)
    {
        if (session.Statements == primedAt && primed.TryGetValue((userId, chatId), out var known))
        {
            return known;
        }

        const string sql = """
            SELECT flow, step, revision, data::text AS data FROM conversations
            WHERE user_id = @UserId AND chat_id = @ChatId AND flow <> @Idle
            """;
        return await session.QuerySingleOrDefaultAsync<ConversationState>(sql, new { UserId = userId, ChatId = chatId, Idle }, cancellationToken);
    }

    /// <summary>The conversations of these (user, chat) pairs (null: none in progress), read elsewhere in this
    /// session, valid until its next statement.</summary>
    internal void Prime(IEnumerable<((long UserId, long ChatId) Pair, ConversationState? State)> conversations)
    {
        primed = [];
        foreach (var (pair, state) in conversations)
        {
            primed[pair] = state;
        }

        primedAt = session.Statements;
    }

    public async Task SaveAsync(long userId, long chatId, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO conversations (user_id, chat_id, flow, step, revision, data, updated_at)
            VALUES (@UserId, @ChatId, @Flow, @Step, @Revision, @Data::jsonb, @Now)
            ON CONFLICT (user_id, chat_id) DO UPDATE
            SET flow = excluded.flow, step = excluded.step, revision = greatest(conversations.revision, excluded.revision),
                data = excluded.data, updated_at = excluded.updated_at
            """;
        await session.ExecuteAsync(sql, new { UserId = userId, ChatId = chatId, state.Flow, state.Step, state.Revision, state.Data, Now = now }, cancellationToken);
    }

    public async Task<bool> ClearAsync(long userId, long chatId, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE conversations SET flow = @Idle, step = @Idle, data = '{}'
            WHERE user_id = @UserId AND chat_id = @ChatId AND flow <> @Idle
            """;
        return await session.ExecuteAsync(sql, new { UserId = userId, ChatId = chatId, Idle }, cancellationToken) > 0;
    }
}
