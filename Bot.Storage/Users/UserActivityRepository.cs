using Bot.Core.Messaging;
using Bot.Core.Users;
using Dapper;
using Bot.Storage.Migrations;
using Npgsql;

namespace Bot.Storage.Users;

public sealed class UserActivityRepository(NpgsqlDataSource dataSource) : IUserActivityStore
{
    public async Task RecordSeenAsync(ChatUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO telegram_users (id, first_name, language_code, first_seen_at, last_seen_at)
            VALUES (@Id, @FirstName, @LanguageCode, @Now, @Now)
            ON CONFLICT (id) DO UPDATE
            SET first_name = excluded.first_name,
                language_code = excluded.language_code,
                last_seen_at = greatest(telegram_users.last_seen_at, excluded.last_seen_at)
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            sql, new { user.Id, user.FirstName, user.LanguageCode, Now = now }, cancellationToken: cancellationToken));
    }

    public async Task<UserActivity> SummariseAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT count(*)::int AS users_total,
                   count(*) FILTER (WHERE last_seen_at >= @Since)::int AS users_since,
                   (SELECT scriptname FROM schema_migrations ORDER BY schemaversionsid DESC LIMIT 1) AS schema_version
            FROM telegram_users
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<ActivityRow>(new CommandDefinition(sql, new { Since = since }, cancellationToken: cancellationToken));
        return new UserActivity(row.UsersTotal, row.UsersSince, MigrationName.ForDisplay(row.SchemaVersion));
    }

    private sealed class ActivityRow
    {
        public int UsersTotal { get; init; }

        public int UsersSince { get; init; }

        public string? SchemaVersion { get; init; }
    }
}
