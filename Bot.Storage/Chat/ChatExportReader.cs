using Bot.Storage.Connection;

namespace Bot.Storage.Chat;

/// <summary>A company's conversation for the firm's export, streamed row by row, oldest first.</summary>
public sealed class ChatExportReader(DbSession session)
{
    public IAsyncEnumerable<ChatExportRow> EntriesAsync(int companyId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT e.created_at, e.kind, e.author_name,
                   CASE WHEN e.addressee_user_id IS NOT NULL
                        THEN coalesce((SELECT full_name FROM client_employees WHERE telegram_user_id = e.addressee_user_id), e.addressee_user_id::text) END AS addressee_name,
                   e.body, e.mark, e.service, e.price, s.file_name
            FROM chat_entries e LEFT JOIN stored_files s ON s.id = e.stored_file_id
            WHERE e.company_id = @CompanyId AND e.created_at >= @From AND e.created_at < @To
            ORDER BY e.id
            """;
        return session.StreamAsync<ChatExportRow>(sql, new { CompanyId = companyId, From = fromUtc, To = toUtc }, cancellationToken);
    }
}
