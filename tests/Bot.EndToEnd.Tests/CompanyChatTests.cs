using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.State;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;
using static Bot.EndToEnd.Tests.Support.TaskRecords;

namespace Bot.EndToEnd.Tests;

/// <summary>The company chat through the fake Bot API: a client writes and sends a file, the PM gets both and
/// answers by Telegram reply, the client gets the answer, a colleague reads it all in the history, and another
/// company's employee gets nothing of it.</summary>
public sealed class CompanyChatTests
{
    private static readonly byte[] Scan = "%PDF-1.7 счёт-фактура"u8.ToArray();

    [Fact]
    public async Task A_clients_text_and_file_reach_the_pm_whose_reply_reaches_the_client_and_the_colleague_reads_both()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (pm, _) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        var (colleague, colleagueMenu) = await JoinAsync(bot, "Олег", "client", Inn);
        var (stranger, strangerMenu) = await JoinAsync(bot, "Пётр", "client", OtherInn);

        client.PressButton(menu, "Написать бухгалтеру");
        await client.WaitForMessageAsync(m => m.Text?.StartsWith("Напишите сообщение или пришлите файл", StringComparison.Ordinal) == true);
        client.SendText("Пришлите, пожалуйста, акт сверки");
        var stored = await client.WaitForMessageAsync(m => m.Text?.StartsWith("✓ Сообщение передано бухгалтеру.", StringComparison.Ordinal) == true);
        client.SendDocument("счёт.pdf", Scan, caption: "и вот счёт");
        var where = await client.WaitForMessageAsync(m => m.AllButtons.Any(b => b.Text == "Отправить бухгалтеру"));
        client.PressButton(where, "Отправить бухгалтеру");
        await client.WaitForMessageAsync(m => m.Text?.StartsWith("✓ Файл «счёт.pdf» передан бухгалтеру.", StringComparison.Ordinal) == true);

        var text = await pm.WaitForMessageAsync(m => m.Text == "💬 ООО «Ромашка», Светлана: Пришлите, пожалуйста, акт сверки");
        var fileNotice = await pm.WaitForMessageAsync(m => m.Text?.StartsWith("💬 ООО «Ромашка», Светлана: и вот счёт", StringComparison.Ordinal) == true);
        var file = await pm.WaitForMessageAsync(m => m.Kind == MessageKind.Document && m.FileName == "счёт.pdf");
        await Eventually.HoldsAsync(async () => await Sql.CountAsync(bot, "SELECT count(*) FROM chat_entry_messages") >= 2, TimeSpan.FromSeconds(10), "the delivered messages mapped to their entries");
        pm.Reply(text, "Акт пришлю сегодня до вечера");
        await pm.WaitForMessageAsync(m => m.Text == "✓ Ответ отправлен: Светлана.");
        var answer = await client.WaitForMessageAsync(m => m.Text == "💬 Бухгалтер Иванова М.: Акт пришлю сегодня до вечера");

        colleague.PressButton(colleagueMenu, "История переписки");
        var history = await colleague.WaitForMessageAsync(m => m.MessageId == colleagueMenu.MessageId && m.Text?.StartsWith("История переписки — ООО «Ромашка»", StringComparison.Ordinal) == true);
        colleague.PressButton(history, "📎 счёт.pdf");
        var resent = await colleague.WaitForMessageAsync(m => m.Kind == MessageKind.Document);
        strangerMenu = await OpenHistoryAsync(stranger, strangerMenu);
        var refusals = new[]
        {
            await stranger.WaitForAnswerAsync(stranger.PressButtonWithData(strangerMenu.MessageId, $"kh:{await CompanyIdAsync(bot, Inn)}:0")),
            await stranger.WaitForAnswerAsync(stranger.PressButtonWithData(strangerMenu.MessageId, $"kf:{await FileEntryAsync(bot)}")),
            await stranger.WaitForAnswerAsync(stranger.PressButtonWithData(strangerMenu.MessageId, $"ka:{await FileEntryAsync(bot)}")),
        };

        Assert.Equal(["Ответить", "История"], text.AllButtons.Select(b => b.Text));
        Assert.Equal(Scan, await DownloadAsync(bot, file));
        Assert.Equal(Scan, await DownloadAsync(bot, resent));
        Assert.Equal(["Акт пришлю сегодня до вечера", "и вот счёт", "Пришлите, пожалуйста, акт сверки"], BodiesNewestFirst(history.Text!));
        Assert.DoesNotContain(colleague.BotMessages, m => m.Text?.StartsWith("💬", StringComparison.Ordinal) == true);
        Assert.All(refusals, refusal => Assert.Equal("Это действие вам недоступно.", refusal.Text));
        Assert.Contains("Пока пусто.", strangerMenu.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(stranger.BotMessages, m => m.Text?.Contains("акт сверки", StringComparison.Ordinal) == true || m.Kind == MessageKind.Document);
        Assert.Equal(3, await Sql.CountAsync(bot, "SELECT count(*) FROM chat_entries"));
        Assert.NotNull(stored);
        Assert.NotNull(fileNotice);
        Assert.NotNull(answer);
    }

    [Fact]
    public async Task Staff_marks_stand_in_the_history_a_paid_service_is_told_to_the_client_and_the_export_lists_every_entry()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (pm, pmMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        client.SendText("Добрый день, вопрос по зарплате");
        var question = await client.WaitForMessageAsync(m => m.Text?.StartsWith("Отправить бухгалтеру?", StringComparison.Ordinal) == true);
        client.PressButton(question, "Отправить бухгалтеру");
        await pm.WaitForMessageAsync(m => m.Text?.StartsWith("💬 ООО «Ромашка»", StringComparison.Ordinal) == true);

        var history = await MarkAsync(pm, pmMenu, "📞 Входящий звонок", "Звонила Светлана, договорились о сверке");
        pm.PressButton(history, "Отметка");
        pm.PressButton(await EditedAsync(pm, history, history.EditCount + 1), "💼 Платная услуга подключена");
        await pm.WaitForMessageAsync(m => m.Text?.StartsWith("💼 Платная услуга подключена (ООО «Ромашка»)", StringComparison.Ordinal) == true);
        pm.SendText("Кадровый учёт — 5000");
        await pm.WaitForMessageAsync(m => m.Text == "✓ Отметка сохранена: 💼 Платная услуга подключена.");
        var notice = await client.WaitForMessageAsync(m => m.Text?.StartsWith("💼 Подключена платная услуга", StringComparison.Ordinal) == true);
        client.PressButton(menu, "История переписки");
        var clientHistory = await EditedAsync(client, menu, menu.EditCount + 1);
        var file = Path.Combine(bot.FilesRoot, "chat.xlsx");
        var day = DateTime.UtcNow.AddHours(3).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await ToolAsync(bot, "chat", "export", Inn, day, day, file);
        using var workbook = new ClosedXML.Excel.XLWorkbook(file);

        Assert.Equal("💼 Подключена платная услуга: Кадровый учёт — 5\u00a0000 ₽ (ООО «Ромашка»).", notice.Text);
        Assert.Contains("📞 Входящий звонок · Иванова Мария", clientHistory.Text, StringComparison.Ordinal);
        Assert.Contains("Звонила Светлана, договорились о сверке", clientHistory.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(clientHistory.AllButtons, button => button.Text is "Отметка" or "Написать клиенту");
        var rows = workbook.Worksheet("Переписка").RowsUsed().Skip(1).Select(row => (Side: row.Cell(2).GetString(), Who: row.Cell(3).GetString(), Mark: row.Cell(6).GetString(), Service: row.Cell(7).GetString())).ToList();
        Assert.Equal(
            [("Клиент", "Светлана", "", ""), ("Отметка", "Иванова Мария", "Входящий звонок", ""), ("Отметка", "Иванова Мария", "Платная услуга подключена", "Кадровый учёт")],
            rows);
        Assert.Equal(5000m, workbook.Worksheet("Переписка").Cell(4, 8).GetValue<decimal>());
    }

    /// <summary>«Переписка» → ООО «Ромашка» → «Отметка» → the mark → its note; returns the company's history, for the next step.</summary>
    private static async Task<BotMessage> MarkAsync(FakeUser pm, BotMessage pmMenu, string mark, string note)
    {
        pm.PressButton(pmMenu, "Переписка");
        pm.PressButton(await EditedAsync(pm, pmMenu, pmMenu.EditCount + 1), "ООО «Ромашка»");
        var history = await EditedAsync(pm, pmMenu, pmMenu.EditCount + 2);
        pm.PressButton(history, "Отметка");
        pm.PressButton(await EditedAsync(pm, pmMenu, pmMenu.EditCount + 3), mark);
        await pm.WaitForMessageAsync(m => m.Text?.StartsWith(mark + " (ООО «Ромашка»)", StringComparison.Ordinal) == true);
        pm.SendText(note);
        var saved = await pm.WaitForMessageAsync(m => m.Text == $"✓ Отметка сохранена: {mark}.");
        pm.PressButton(saved, "История");
        return await EditedAsync(pm, saved, 1);
    }

    private static async Task<BotMessage> OpenHistoryAsync(FakeUser user, BotMessage menu)
    {
        user.PressButton(menu, "История переписки");
        return await EditedAsync(user, menu, menu.EditCount + 1);
    }

    /// <summary>The history's entries' texts, as the page lists them: each entry's line after its heading.</summary>
    private static List<string> BodiesNewestFirst(string history) =>
        [.. history.Split("\n\n").Skip(1).Select(entry => entry.Split('\n')[1])];

    private static Task<long> FileEntryAsync(BotUnderTest bot) =>
        Sql.ScalarAsync<long>(bot, "SELECT id FROM chat_entries WHERE stored_file_id IS NOT NULL");

    private static Task<int> CompanyIdAsync(BotUnderTest bot, string inn) =>
        Sql.ScalarAsync<int>(bot, $"SELECT id FROM companies WHERE inn = '{inn}'");
}
