using Bot.Core.Invites;
using Dapper;
using Npgsql;

namespace Bot.Storage.Invites;

/// <summary>Creates invites (only the token's hash is stored) and keeps the bot's username for their links.</summary>
public sealed class InviteRepository(NpgsqlDataSource dataSource)
{
    /// <summary>A new invite for a company's employee; returns its token, or null when there is no such company.</summary>
    public Task<string?> ForClientAsync(string inn, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken) =>
        CreateAsync("client", "(SELECT id FROM companies c WHERE inn = @Key AND archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM onboardings o WHERE o.company_id = c.id AND o.completed_at IS NULL))", "NULL::int", inn, now, lifetime, cancellationToken);

    /// <summary>A new invite binding a staff member's Telegram account; null when there is no such login.</summary>
    public Task<string?> ForStaffAsync(string login, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken) =>
        CreateAsync("staff", "NULL::int", "(SELECT id FROM staff WHERE login = @Key AND blocked_at IS NULL)", login, now, lifetime, cancellationToken);

    public async Task SaveBotUsernameAsync(string username, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO bot_identity (id, username, updated_at) VALUES (1, @Username, @Now)
            ON CONFLICT (id) DO UPDATE SET username = excluded.username, updated_at = excluded.updated_at
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { Username = username, Now = now }, cancellationToken: cancellationToken));
    }

    public async Task<string?> BotUsernameAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition("SELECT username FROM bot_identity", cancellationToken: cancellationToken));
    }

    private async Task<string?> CreateAsync(string kind, string company, string staff, string key, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var sql = $"""
            INSERT INTO invites (token_hash, kind, company_id, staff_id, created_at, expires_at)
            SELECT @Hash, @Kind, c, s, @Now, @ExpiresAt
            FROM (SELECT {company} AS c, {staff} AS s) target
            WHERE coalesce(c, s) IS NOT NULL
            """;
        var token = InviteToken.New();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var created = await connection.ExecuteAsync(new CommandDefinition(sql, new { Hash = InviteToken.Hash(token), Kind = kind, Key = key, Now = now, ExpiresAt = now + lifetime }, cancellationToken: cancellationToken));
        return created == 1 ? token : null;
    }
}
