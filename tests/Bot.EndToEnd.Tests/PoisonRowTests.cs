using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.State;
using Bot.Storage.Connection;
using Bot.Storage.Files;
using Bot.Storage.Outbox;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Bot.EndToEnd.Tests.Support.TaskRecords;

namespace Bot.EndToEnd.Tests;

/// <summary>No single outbox row stops the sender or the host: whatever one row throws is its own outcome, and
/// Telegram's outages are waited out, not given up after a minute.</summary>
public sealed class PoisonRowTests
{
    private static readonly byte[] Contract = "%PDF-1.7 договор с кавычками"u8.ToArray();

    [Fact]
    public async Task A_quoted_file_name_is_uploaded_again_and_a_file_without_bytes_is_set_aside_while_others_are_served()
    {
        await using var bot = new BotUnderTest { Settings = new Dictionary<string, string?> { ["Delivery:MaxFaultedAttempts"] = "2" } };
        await bot.InitializeAsync();
        var client = bot.Api.NewUser("Светлана");
        var other = bot.Api.NewUser("Дина");
        client.SendCommand("start");
        await client.NextMessageAsync();
        var store = bot.Instances[0].Services.GetRequiredService<IContentStore>();
        var kept = await store.PutAsync(new MemoryStream(Contract), MessageLimits.BotDownloadBytes, CancellationToken.None);

        await EnqueueAsync(
            bot,
            new SendFile(client.ChatId, new StoredFileRef(1, "Договор \"Ромашка\"\r\n.pdf", "application/pdf", FileKind.Document, kept.Sha256, "an-id-telegram-forgot")),
            new SendFile(client.ChatId, new StoredFileRef(2, "Акт.pdf", "application/pdf", FileKind.Document, new string('0', 64), null)));
        var document = await client.WaitForMessageAsync(m => m.Kind == MessageKind.Document, TimeSpan.FromSeconds(20));
        var notice = await client.WaitForMessageAsync(m => m.Text?.StartsWith("Не удалось отправить файл «Акт.pdf»", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        other.SendCommand("start");
        var greeting = await other.NextMessageAsync();

        Assert.Equal("Договор 'Ромашка'  .pdf", document.FileName);
        Assert.Equal(Contract, await DownloadAsync(bot, document));
        Assert.StartsWith("Здравствуйте", greeting.Text, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        var setAside = await connection.QuerySingleAsync<string>("SELECT last_error FROM outbox_messages WHERE failed_at IS NOT NULL");
        Assert.Matches("^set aside after 2 attempts: (FileNotFound|DirectoryNotFound)Exception", setAside);
    }

    [Fact]
    public async Task An_unreadable_row_is_set_aside_and_the_chat_behind_it_keeps_receiving()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        var user = bot.Api.NewUser();
        await using (var connection = new NpgsqlConnection(bot.DatabaseConnectionString))
        {
            await connection.ExecuteAsync(
                "INSERT INTO outbox_messages (chat_id, kind, payload, priority, created_at, not_before) VALUES (@Chat, 'send_text', '{\"html\": 5}', 1, now(), now())",
                new { Chat = user.ChatId });
        }

        user.SendCommand("start");
        var greeting = await user.NextMessageAsync(TimeSpan.FromSeconds(20));

        Assert.StartsWith("Здравствуйте", greeting.Text, StringComparison.Ordinal);
        await using var check = new NpgsqlConnection(bot.DatabaseConnectionString);
        Assert.StartsWith("set aside", await check.QuerySingleAsync<string>("SELECT last_error FROM outbox_messages WHERE failed_at IS NOT NULL"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replies_meeting_server_errors_for_longer_than_the_old_attempt_limit_are_all_delivered_once()
    {
        await using var bot = new BotUnderTest { Settings = new Dictionary<string, string?> { ["Delivery:MaxRetryDelaySeconds"] = "0.3" } };
        await bot.InitializeAsync();
        var users = Enumerable.Range(0, 3).Select(i => bot.Api.NewUser($"Клиент {i}")).ToList();
        bot.Api.Faults.FailNext("sendMessage", times: 45, statusCode: 502);

        users.ForEach(user => user.SendCommand("start"));
        var greetings = await Task.WhenAll(users.Select(user => user.NextMessageAsync(TimeSpan.FromSeconds(60))));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(45, bot.Api.Calls.Count(call => call.Method == "sendMessage" && call.ErrorCode == 502));
        Assert.All(greetings, greeting => Assert.StartsWith("Здравствуйте", greeting.Text, StringComparison.Ordinal));
        Assert.All(users, user => Assert.Single(user.BotMessages));
    }

    private static async Task EnqueueAsync(BotUnderTest bot, params Outgoing[] replies)
    {
        await using var scope = bot.Instances[0].Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        await session.BeginAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(replies, DateTimeOffset.UtcNow, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }
}
