using Npgsql;

namespace Bot.EndToEnd.Tests.Support;

/// <summary>SQL run straight on the bot's database, to break or slow it for a test.</summary>
internal static class Sql
{
    public static async Task<int> CountAsync(BotUnderTest bot, string sql) => Convert.ToInt32(await ScalarAsync<long>(bot, sql), System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<T> ScalarAsync<T>(BotUnderTest bot, string sql)
    {
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType(await command.ExecuteScalarAsync(), typeof(T), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public static async Task ExecuteAsync(BotUnderTest bot, string sql)
    {
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
