using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Dapper;
using Npgsql;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;

namespace Bot.EndToEnd.Tests;

/// <summary>What arrives is taken in whatever one update or one user does: an update PostgreSQL will not
/// store, Telegram failing while a handler calls it.</summary>
public sealed class IntakeTests
{
    [Fact]
    public async Task A_message_with_a_nul_character_is_answered_and_stalls_nobody_else()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        var sender = bot.Api.NewUser("Нуль");
        var other = bot.Api.NewUser("Дина");

        sender.SendText("счёт\0 за ноябрь");
        other.SendCommand("start");
        var greeting = await other.NextMessageAsync(TimeSpan.FromSeconds(20));
        var answer = await sender.NextMessageAsync(TimeSpan.FromSeconds(20));

        Assert.StartsWith("Здравствуйте", greeting.Text, StringComparison.Ordinal);
        Assert.StartsWith("Я не понял", answer.Text, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        Assert.Equal("счёт\uFFFD за ноябрь", await connection.QuerySingleAsync<string>(
            "SELECT payload #>> '{message,text}' FROM inbox_updates WHERE chat_id = @Chat", new { Chat = sender.ChatId }));
    }

    [Fact]
    public async Task Other_chats_are_answered_while_a_file_of_the_same_batch_is_still_downloading()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        var client = await ClientAtUploadAsync(bot);
        var others = Enumerable.Range(0, 6).Select(i => bot.Api.NewUser($"Клиент {i}")).ToList();

        // Sent while the bot is down, the updates wait together and are claimed as one batch.
        await bot.StopHostAsync();
        bot.Api.Faults.DelayNext("getFile", TimeSpan.FromSeconds(6));
        client.SendDocument("заявление.pdf", "%PDF-1.7 заявление"u8.ToArray());
        others.ForEach(other => other.SendCommand("help"));
        await bot.StartHostAsync();
        var helps = await Task.WhenAll(others.Select(other => other.NextMessageAsync(TimeSpan.FromSeconds(20))));
        var downloadedMeanwhile = bot.Api.Calls.Any(call => call.Method == "getFile" && call.ErrorCode is null);
        var saved = await client.WaitForMessageAsync(m => m.Text?.StartsWith("Сохранён «заявление.pdf»", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));

        Assert.All(helps, help => Assert.StartsWith("Команды:", help.Text, StringComparison.Ordinal));
        Assert.False(downloadedMeanwhile, "the other chats waited for the download");
        Assert.NotNull(saved);
    }

    [Fact]
    public async Task A_file_whose_download_meets_ten_seconds_of_server_errors_is_saved_not_parked()
    {
        await using var bot = new BotUnderTest { Settings = new Dictionary<string, string?> { ["Delivery:MaxRetryDelaySeconds"] = "1" } };
        await bot.InitializeAsync();
        var client = await ClientAtUploadAsync(bot);
        bot.Api.Faults.FailNext("getFile", times: 10, statusCode: 502);

        client.SendDocument("заявление.pdf", "%PDF-1.7 заявление"u8.ToArray());
        var saved = await client.WaitForMessageAsync(m => m.Text?.StartsWith("Сохранён «заявление.pdf»", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(40));

        Assert.Equal(10, bot.Api.Calls.Count(call => call.Method == "getFile" && call.ErrorCode == 502));
        Assert.DoesNotContain(client.BotMessages, m => m.Text?.StartsWith("Не удалось обработать", StringComparison.Ordinal) == true);
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        Assert.Equal(0, await connection.QuerySingleAsync<int>("SELECT count(*)::int FROM inbox_updates WHERE parked_at IS NOT NULL"));
        Assert.NotNull(saved);
    }

    [Fact]
    public async Task A_user_sending_a_thousand_messages_is_told_once_and_another_users_start_is_answered_at_once()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        var flooder = bot.Api.NewUser("Поток");
        var other = bot.Api.NewUser("Дина");

        for (var i = 0; i < 1000; i++)
        {
            flooder.SendText($"сообщение {i}");
        }

        await Eventually.HoldsAsync(() => bot.Api.PendingUpdateCount == 0, TimeSpan.FromSeconds(30), "the burst to be taken in");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        other.SendCommand("start");
        var greeting = await other.NextMessageAsync(TimeSpan.FromSeconds(10));
        var waited = clock.Elapsed;
        await flooder.WaitForMessageAsync(m => m.Text?.StartsWith("Слишком много сообщений", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));

        Assert.StartsWith("Здравствуйте", greeting.Text, StringComparison.Ordinal);
        Assert.True(waited < TimeSpan.FromSeconds(1), $"/start waited {waited.TotalMilliseconds:F0} ms behind the flood");
        Assert.Single(flooder.BotMessages, m => m.Text?.StartsWith("Слишком много сообщений", StringComparison.Ordinal) == true);
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        var (kept, throttled) = await connection.QuerySingleAsync<(int, int)>(
            "SELECT count(*)::int, count(*) FILTER (WHERE last_error LIKE 'throttled%')::int FROM inbox_updates WHERE chat_id = @Chat", new { Chat = flooder.ChatId });
        Assert.Equal(1000, kept);
        Assert.InRange(throttled, 900, 990);
    }

    /// <summary>A client of ООО «Ромашка» who pressed «Загрузить сюда» in «Данные от клиента».</summary>
    private static async Task<FakeUser> ClientAtUploadAsync(BotUnderTest bot)
    {
        await TwoClientsAsync(bot);
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        client.PressButton(menu, "Документы");
        client.PressButton(await EditedAsync(client, menu, 1), "Данные от клиента");
        client.PressButton(await EditedAsync(client, menu, 2), "Загрузить сюда");
        await client.WaitForMessageAsync(m => m.Text?.StartsWith("Пришлите файлы для папки «Данные от клиента»", StringComparison.Ordinal) == true);
        return client;
    }
}
