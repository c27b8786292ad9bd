using Bot.FakeTelegram.Driver;
using Dapper;
using Npgsql;
using Telegram.Bot;

namespace Bot.EndToEnd.Tests.Support;

/// <summary>What the bot recorded about tasks, read straight from its database and file store, and files as
/// a user downloads them from the fake Bot API.</summary>
internal static class TaskRecords
{
    public static async Task<long> TaskIdAsync(BotUnderTest bot, int number)
    {
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return await connection.QuerySingleAsync<long>("SELECT id FROM service_tasks WHERE number = @Number", new { Number = number });
    }

    /// <summary>The task's history, oldest first: (kind, body).</summary>
    public static async Task<List<(string Kind, string Body)>> ThreadAsync(BotUnderTest bot, int number)
    {
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        return [.. await connection.QueryAsync<(string, string)>(
            "SELECT e.kind, e.body FROM task_events e JOIN service_tasks t ON t.id = e.task_id WHERE t.number = @Number ORDER BY e.id", new { Number = number })];
    }

    /// <summary>The bytes the firm keeps for the tasks' files, read from its file store.</summary>
    public static async Task<List<byte[]>> StoredBytesAsync(BotUnderTest bot)
    {
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        var hashes = await connection.QueryAsync<string>("SELECT f.sha256 FROM task_files tf JOIN stored_files f ON f.id = tf.stored_file_id");
        return [.. hashes.Select(hash => File.ReadAllBytes(Path.Combine(bot.FilesRoot, hash[..2], hash[2..4], hash)))];
    }

    public static async Task<byte[]> DownloadAsync(BotUnderTest bot, BotMessage message)
    {
        var telegram = new TelegramBotClient(new TelegramBotClientOptions(bot.Api.Token, bot.Api.BaseUrl.ToString()));
        using var content = new MemoryStream();
        await telegram.DownloadFile(await telegram.GetFile(message.FileId!), content);
        return content.ToArray();
    }
}
