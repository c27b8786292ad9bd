using Bot.Core.Invites;
using Bot.Storage.Connection;

namespace Bot.Storage.Invites;

/// <summary>A company's invites made in the bot, in the update's session (only a token's hash is stored).</summary>
public sealed class InviteBook(DbSession session) : IInviteBook
{
    public Task<string?> BotUsernameAsync(CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<string>("SELECT username FROM bot_identity", null, cancellationToken);

    public async Task<string> CreateAsync(int companyId, InviteRights rights, long createdBy, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO invites (token_hash, kind, company_id, created_at, expires_at, created_by, can_file_requests, can_see_documents, can_approve, can_see_finance)
            VALUES (@Hash, 'client', @CompanyId, @Now, @ExpiresAt, @CreatedBy, @FileRequests, @SeeDocuments, @Approve, @SeeFinance)
            """;
        var token = InviteToken.New();
        await session.ExecuteAsync(sql, new
        {
            Hash = InviteToken.Hash(token), CompanyId = companyId, Now = now, ExpiresAt = now + lifetime, CreatedBy = createdBy,
            rights.FileRequests, rights.SeeDocuments, rights.Approve, rights.SeeFinance,
        }, cancellationToken);
        return token;
    }

    public async Task<IReadOnlyList<InviteEntry>> ListAsync(int companyId, int limit, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT i.id, i.created_at, i.expires_at, i.used_at, coalesce(e.full_name, u.first_name) AS used_by_name, i.revoked_at,
                   i.can_file_requests, i.can_see_documents, i.can_approve, i.can_see_finance
            FROM invites i
            LEFT JOIN client_employees e ON e.telegram_user_id = i.used_by
            LEFT JOIN telegram_users u ON u.id = i.used_by
            WHERE i.company_id = @CompanyId
            ORDER BY i.created_at DESC, i.id DESC
            LIMIT @Limit
            """;
        var rows = await session.QueryAsync<Row>(sql, new { CompanyId = companyId, Limit = limit }, cancellationToken);
        return [.. rows.Select(r => new InviteEntry(r.Id, r.CreatedAt, r.ExpiresAt, r.UsedAt, r.UsedByName, r.RevokedAt,
            new InviteRights(r.CanFileRequests, r.CanSeeDocuments, r.CanApprove, r.CanSeeFinance)))];
    }

    public async Task<bool> RevokeAsync(int companyId, long inviteId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            UPDATE invites SET revoked_at = @Now
            WHERE id = @Id AND company_id = @CompanyId AND used_at IS NULL AND revoked_at IS NULL
            """;
        return await session.ExecuteAsync(sql, new { Id = inviteId, CompanyId = companyId, Now = now }, cancellationToken) == 1;
    }

    private sealed class Row
    {
        public long Id { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset ExpiresAt { get; init; }

        public DateTimeOffset? UsedAt { get; init; }

        public string? UsedByName { get; init; }

        public DateTimeOffset? RevokedAt { get; init; }

        public bool CanFileRequests { get; init; }

        public bool CanSeeDocuments { get; init; }

        public bool CanApprove { get; init; }

        public bool CanSeeFinance { get; init; }
    }
}
