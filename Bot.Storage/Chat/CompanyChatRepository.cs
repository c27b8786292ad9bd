using Bot.Core.Chat;
using Bot.Core.Deadlines;
using Bot.Storage.Connection;

namespace Bot.Storage.Chat;

/// <summary>Companies' conversations in the update's transaction: an entry commits with the replies that confirm and carry it.</summary>
public sealed class CompanyChatRepository(DbSession session) : ICompanyChat
{
    public async Task<ChatEntry> AddAsync(NewChatEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO chat_entries (company_id, kind, author_user_id, author_name, addressee_user_id, body, stored_file_id, mark, service, price, created_at)
            VALUES (@CompanyId, @Kind, @UserId,
                    coalesce((SELECT full_name FROM staff WHERE telegram_user_id = @UserId),
                             (SELECT full_name FROM client_employees WHERE telegram_user_id = @UserId), @UserName),
                    @AddresseeUserId, @Body, @FileId, @Mark, @Service, @Price, @Now)
            RETURNING id
            """;
        var id = (await session.QueryAsync<long>(sql, new
        {
            entry.CompanyId, Kind = ChatCodes.Of(entry.Kind), entry.Author.UserId, UserName = entry.Author.Name, entry.AddresseeUserId,
            entry.Body, FileId = entry.File?.Id, Mark = ChatCodes.Of(entry.Mark), entry.Service, entry.Price, Now = now,
        }, cancellationToken)).Single();
        return (await FindAsync(id, cancellationToken))!;
    }

    public async Task<ChatEntry?> FindAsync(long entryId, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {ChatEntryRow.Columns}, 1::bigint AS total
            FROM chat_entries e LEFT JOIN stored_files s ON s.id = e.stored_file_id
            WHERE e.id = @EntryId
            """;
        return (await session.QuerySingleOrDefaultAsync<ChatEntryRow>(sql, new { EntryId = entryId }, cancellationToken))?.ToEntry();
    }

    public async Task<ChatPage> PageAsync(int companyId, int offset, int limit, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {ChatEntryRow.Columns}, count(*) OVER () AS total
            FROM chat_entries e LEFT JOIN stored_files s ON s.id = e.stored_file_id
            WHERE e.company_id = @CompanyId
            ORDER BY e.id DESC
            OFFSET @Offset LIMIT @Limit
            """;
        var rows = (await session.QueryAsync<ChatEntryRow>(sql, new { CompanyId = companyId, Offset = offset, Limit = limit }, cancellationToken)).ToList();
        var total = rows.Count > 0
            ? (int)rows[0].Total
            : (await session.QueryAsync<int>("SELECT count(*)::int FROM chat_entries WHERE company_id = @CompanyId", new { CompanyId = companyId }, cancellationToken)).Single();
        return new ChatPage([.. rows.Select(row => row.ToEntry())], total);
    }

    public Task<long?> EntryOfMessageAsync(long chatId, int messageId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<long?>(
            "SELECT chat_entry_id FROM chat_entry_messages WHERE chat_id = @ChatId AND message_id = @MessageId", new { ChatId = chatId, MessageId = messageId }, cancellationToken);

    public async Task<ChatEntry?> LatestFromClientAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {ChatEntryRow.Columns}, 1::bigint AS total
            FROM chat_entries e LEFT JOIN stored_files s ON s.id = e.stored_file_id
            WHERE e.company_id = @CompanyId AND e.kind = 'client'
            ORDER BY e.id DESC LIMIT 1
            """;
        return (await session.QuerySingleOrDefaultAsync<ChatEntryRow>(sql, new { CompanyId = companyId }, cancellationToken))?.ToEntry();
    }

    public async Task<IReadOnlyList<Recipient>> PmsAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT s.telegram_user_id AS user_id, min(u.language_code) AS language_code
            FROM company_projects p
            JOIN staff s ON s.id = p.pm_staff_id AND s.telegram_user_id IS NOT NULL AND s.blocked_at IS NULL
            LEFT JOIN telegram_users u ON u.id = s.telegram_user_id
            WHERE p.company_id = @CompanyId
            GROUP BY s.telegram_user_id
            ORDER BY bool_or(p.is_main) DESC, min(p.id)
            """;
        return [.. await session.QueryAsync<Recipient>(sql, new { CompanyId = companyId }, cancellationToken)];
    }

    public async Task<IReadOnlyList<Recipient>> EmployeesAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT e.telegram_user_id AS user_id, u.language_code
            FROM memberships m
            JOIN client_employees e ON e.id = m.employee_id AND e.telegram_user_id IS NOT NULL
            LEFT JOIN telegram_users u ON u.id = e.telegram_user_id
            WHERE m.company_id = @CompanyId
            ORDER BY e.id
            """;
        return [.. await session.QueryAsync<Recipient>(sql, new { CompanyId = companyId }, cancellationToken)];
    }

    public Task<int?> CompanyOfTopicAsync(long groupChatId, int threadId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<int?>(
            "SELECT company_id FROM company_topics WHERE group_chat_id = @Group AND thread_id = @Thread", new { Group = groupChatId, Thread = threadId }, cancellationToken);

    public async Task<bool> HasConsentAsync(long userId, CancellationToken cancellationToken) =>
        await session.QuerySingleOrDefaultAsync<bool>("SELECT EXISTS (SELECT 1 FROM chat_consents WHERE user_id = @UserId)", new { UserId = userId }, cancellationToken);

    public Task GiveConsentAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        session.ExecuteAsync("INSERT INTO chat_consents (user_id, given_at) VALUES (@UserId, @Now) ON CONFLICT DO NOTHING", new { UserId = userId, Now = now }, cancellationToken);
}
