using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.State;
using Dapper;
using Npgsql;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;
using static Bot.EndToEnd.Tests.Support.TaskRecords;

namespace Bot.EndToEnd.Tests;

/// <summary>A client files a request in the chat — catalog, description, scans, deadline — and the assignee
/// gets the task, through the fake Bot API and a real PostgreSQL.</summary>
public sealed class RequestTests
{
    private static readonly byte[] FirstPhoto = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4];
    private static readonly byte[] SecondPhoto = [0xFF, 0xD8, 0xFF, 0xE0, 5, 6, 7, 8];
    private static readonly byte[] Statement = "%PDF-1.7 выписка банка за 2026 год"u8.ToArray();

    [Fact]
    public async Task A_request_with_a_description_two_photos_and_a_pdf_becomes_a_task_its_assignee_and_the_client_see()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (staff, _) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, welcome) = await JoinAsync(bot, "Светлана", "client", Inn);

        var attachments = await OpenFormAsync(client, welcome, "Декларация за 2026 год <УСН>");
        client.SendAlbum(new AlbumItem(MessageKind.Photo, FirstPhoto), new AlbumItem(MessageKind.Photo, SecondPhoto));
        client.SendDocument("выписка.pdf", Statement);
        var three = await client.WaitForMessageAsync(m => m.Text?.Contains("Прикреплено файлов: 3", StringComparison.Ordinal) == true);
        var sent = await SubmitAsync(client, three);
        var card = await staff.NextMessageAsync();
        client.PressButton(sent, "Мои заявки");
        var list = await client.WaitForMessageAsync(m => m.MessageId == three.MessageId && m.EditCount == 4);
        client.PressButton(list, list.AllButtons.First().Text);
        var opened = await client.WaitForMessageAsync(m => m.MessageId == three.MessageId && m.EditCount == 5);
        client.PressButton(opened, "📎 выписка.pdf");
        var returned = await client.WaitForMessageAsync(m => m.Kind == MessageKind.Document);

        Assert.StartsWith("Заявка №1001 отправлена. Статус: «На рассмотрении».", sent.Text, StringComparison.Ordinal);
        Assert.StartsWith("🆕 Новая заявка №1001", card.Text, StringComparison.Ordinal);
        Assert.Contains("Описание: Декларация за 2026 год <УСН>", card.Text, StringComparison.Ordinal);
        var files = card.AllButtons.Where(button => button.Text.StartsWith("📎", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Принять в работу", "Отклонить", "Комментарий"], card.AllButtons.Except(files).Select(button => button.Text));
        Assert.Equal(3, files.Count);
        Assert.All(files.Take(2), button => Assert.Matches(@"^📎 photo_\d+\.jpg$", button.Text));
        Assert.Equal("📎 выписка.pdf", files[^1].Text);
        Assert.StartsWith("№1001 · Декларация УСН · На рассмотрении", list.AllButtons.First().Text, StringComparison.Ordinal);
        Assert.Contains("Файлы: 3", opened.Text, StringComparison.Ordinal);
        Assert.Equal("выписка.pdf", returned.FileName);
        Assert.Equal(
            [.. new[] { FirstPhoto, SecondPhoto, Statement }.Select(Convert.ToHexString).Order()],
            (await StoredBytesAsync(bot)).Select(Convert.ToHexString).Order());
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_the_form_loses_nothing_and_files_exactly_one_task()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (client, welcome) = await JoinAsync(bot, "Светлана", "client", Inn);
        await OpenFormAsync(client, welcome, "Описание до перезапуска");
        client.SendDocument("выписка.pdf", Statement);
        var first = await client.WaitForMessageAsync(m => m.Text?.Contains("Прикреплено файлов: 1", StringComparison.Ordinal) == true);

        await bot.StopHostAsync();
        client.SendDocument("акт.pdf", "%PDF-1.7 акт"u8.ToArray());
        await bot.StartHostAsync();
        var second = await client.WaitForMessageAsync(m => m.Text?.Contains("Прикреплено файлов: 2", StringComparison.Ordinal) == true);
        var sent = await SubmitAsync(client, second);
        var stale = await client.WaitForAnswerAsync(client.PressButton(first, "Готово"));

        Assert.Contains("выписка.pdf", second.Text, StringComparison.Ordinal);
        Assert.StartsWith("Заявка №1001 отправлена", sent.Text, StringComparison.Ordinal);
        Assert.Equal("Эта кнопка устарела.", stale.Text);
        await using var connection = new NpgsqlConnection(bot.DatabaseConnectionString);
        Assert.Equal(
            (1L, 2L, "Описание до перезапуска"),
            await connection.QuerySingleAsync<(long, long, string)>("SELECT count(DISTINCT t.id), count(f.stored_file_id), max(t.description) FROM service_tasks t LEFT JOIN task_files f ON f.task_id = t.id"));
    }

    [Fact]
    public async Task A_client_of_another_company_cannot_open_or_comment_on_a_request_even_with_forged_buttons()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (client, welcome) = await JoinAsync(bot, "Светлана", "client", Inn);
        var (stranger, strangerWelcome) = await JoinAsync(bot, "Олег", "client", OtherInn);
        var attachments = await OpenFormAsync(client, welcome, "Наша декларация");
        client.SendDocument("выписка.pdf", Statement);
        var withFile = await client.WaitForMessageAsync(m => m.Text?.Contains("Прикреплено файлов: 1", StringComparison.Ordinal) == true);
        await SubmitAsync(client, withFile);
        var taskId = await TaskIdAsync(bot, 1001);

        var answers = new List<string?>();
        foreach (var data in new[] { $"rc:{taskId}", $"rk:{taskId}", $"rd:{taskId}:1" })
        {
            answers.Add((await stranger.WaitForAnswerAsync(stranger.PressButtonWithData(strangerWelcome.MessageId, data))).Text);
        }

        Assert.All(answers, answer => Assert.Equal("Это действие вам недоступно.", answer));
        Assert.DoesNotContain(stranger.BotMessages, message => message.Text?.Contains("Наша декларация", StringComparison.Ordinal) == true || message.Kind == MessageKind.Document);
        Assert.NotNull(attachments);
    }
}
