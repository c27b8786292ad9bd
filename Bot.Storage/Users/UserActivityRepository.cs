using Bot.Core.Messaging;
using Bot.Core.Users;
using Bot.Storage.Connection;
using Bot.Storage.Migrations;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Storage.Users;

/// <summary>Works in the scope's <see cref="DbSession"/>, so a visit is recorded with the rest of the update's
/// effects: deferred, it reaches the server with the session's next statement or its commit. A visit within a
/// minute of the one recorded, by the same name and language, leaves the row as it is: a user's every message
/// would otherwise write a new row version and its index entries, for a "last seen" no one reads to the second.</summary>
public sealed class UserActivityRepository(DbSession session) : IUserActivityStore
{
    public Task RecordSeenAsync(ChatUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO telegram_users (id, first_name, language_code, first_seen_at, last_seen_at)
            VALUES (@Id, @FirstName, @LanguageCode, @Now, @Now)
            ON CONFLICT (id) DO UPDATE
            SET first_name = excluded.first_name,
                language_code = excluded.language_code,
                last_seen_at = greatest(telegram_users.last_seen_at, excluded.last_seen_at)
            WHERE telegram_users.first_name IS DISTINCT FROM excluded.first_name
               OR telegram_users.language_code IS DISTINCT FROM excluded.language_code
               OR telegram_users.last_seen_at < excluded.last_seen_at - interval '1 minute'
            """;
        session.Defer(new NpgsqlBatchCommand(sql)
        {
            Parameters =
            {
                BatchParameter.Of("Id", user.Id, NpgsqlDbType.Bigint),
                BatchParameter.Of("FirstName", user.FirstName, NpgsqlDbType.Text),
                BatchParameter.Of("LanguageCode", user.LanguageCode, NpgsqlDbType.Text),
                BatchParameter.Of("Now", now, NpgsqlDbType.TimestampTz),
            },
        });
        return Task.CompletedTask;
    }

    public async Task<UserActivity> SummariseAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT count(*)::int AS users_total,
                   count(*) FILTER (WHERE last_seen_at >= @Since)::int AS users_since,
                   (SELECT scriptname FROM schema_migrations ORDER BY schemaversionsid DESC LIMIT 1) AS schema_version
            FROM telegram_users
            """;
        var row = await session.QuerySingleOrDefaultAsync<ActivityRow>(sql, new { Since = since }, cancellationToken);
        return new UserActivity(row!.UsersTotal, row.UsersSince, MigrationName.ForDisplay(row.SchemaVersion));
    }

    public async Task<IReadOnlyDictionary<long, string?>> LanguagesAsync(IReadOnlyCollection<long> userIds, CancellationToken cancellationToken)
    {
        const string sql = "SELECT id, language_code FROM telegram_users WHERE id = ANY(@Ids)";
        var rows = await session.QueryAsync<LanguageRow>(sql, new { Ids = userIds.ToArray() }, cancellationToken);
        return rows.ToDictionary(row => row.Id, row => row.LanguageCode);
    }

    private sealed class LanguageRow
    {
        public long Id { get; init; }

        public string? LanguageCode { get; init; }
    }

    private sealed class ActivityRow
    {
        public int UsersTotal { get; init; }

        public int UsersSince { get; init; }

        public string? SchemaVersion { get; init; }
    }
}
