using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.State;
using ClosedXML.Excel;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;
using static Bot.EndToEnd.Tests.Support.TaskRecords;

namespace Bot.EndToEnd.Tests;

/// <summary>Typed notifications through the fake Bot API: written in the bot and imported from a workbook, answered
/// by the company's employees as each type asks, refused to an employee without the approval right, and shown
/// with every answer on the sender's card.</summary>
public sealed class NotificationTests
{
    private static readonly byte[] Order = "%PDF-1.7 приказ об отпусках"u8.ToArray();

    [Fact]
    public async Task An_approval_declined_with_a_comment_and_a_reading_confirmed_stand_on_the_senders_card_and_approve_off_is_refused()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (pm, pmMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (chief, _) = await JoinAsync(bot, "Светлана", "client", Inn);
        var (clerk, _) = await JoinAsync(bot, "Олег", "client", Inn);
        var clerkId = (await ToolAsync(bot, "employee", "list", Inn)).Split('\n').Single(line => line.Contains("Олег", StringComparison.Ordinal)).Split('\t')[0];
        await ToolAsync(bot, "employee", "rights", Inn, clerkId, "approve=off");

        var card = await SendAsync(pm, pmMenu, "Требует согласования", "Согласуйте платёж по УСН: 120 000 ₽");
        var toChief = await chief.WaitForMessageAsync(m => m.Text?.Contains("Согласуйте платёж по УСН", StringComparison.Ordinal) == true);
        var toClerk = await clerk.WaitForMessageAsync(m => m.Text?.Contains("Согласуйте платёж по УСН", StringComparison.Ordinal) == true);
        var forged = await clerk.WaitForAnswerAsync(clerk.PressButtonWithData(toClerk.MessageId, $"na:{await NotificationIdAsync(bot)}"));
        chief.PressButton(toChief, "Отклонить");
        await chief.WaitForMessageAsync(m => m.Text == "Напишите, почему отклоняете, или нажмите «Без комментария».");
        chief.SendText("Сумма не сходится с актом");
        var declined = await chief.WaitForMessageAsync(m => m.MessageId == toChief.MessageId && m.Text?.Contains("❌ отклонено", StringComparison.Ordinal) == true);
        var toldPm = await pm.WaitForMessageAsync(m => m.Text == "❌ Светлана отклонил(а) уведомление №1: «Сумма не сходится с актом».");
        pm.PressButton(card, "Обновить");
        var refreshed = await pm.WaitForMessageAsync(m => m.MessageId == card.MessageId && m.Text?.Contains("❌ отклонено", StringComparison.Ordinal) == true);

        var readCard = await SendAsync(pm, pmMenu, "С подтверждением прочтения", "С 1 января — новый порядок табелей");
        var toRead = await clerk.WaitForMessageAsync(m => m.Text?.Contains("новый порядок табелей", StringComparison.Ordinal) == true);
        clerk.PressButton(toRead, "Ознакомлен");
        await clerk.WaitForMessageAsync(m => m.MessageId == toRead.MessageId && m.Text?.Contains("✓ ознакомлен(а)", StringComparison.Ordinal) == true);
        pm.PressButton(readCard, "Обновить");
        var readRefreshed = await pm.WaitForMessageAsync(m => m.MessageId == readCard.MessageId && m.Text?.Contains("✓ ознакомлен(а)", StringComparison.Ordinal) == true);

        Assert.Equal(["Согласовать", "Отклонить"], toChief.AllButtons.Select(b => b.Text));
        Assert.Empty(toClerk.AllButtons);
        Assert.Equal("Это действие вам недоступно.", forged.Text);
        Assert.Empty(declined.AllButtons);
        Assert.NotNull(toldPm);
        var at = $@"\d{{2}}\.\d{{2}}\.\d{{4}} \d{{2}}:\d{{2}}";
        Assert.Matches($"• Светлана — ❌ отклонено {at}: «Сумма не сходится с актом»", refreshed.Text);
        Assert.Contains("• Олег — ⏳ ждём ответа", refreshed.Text, StringComparison.Ordinal);
        Assert.Matches($"• Олег — ✓ ознакомлен\\(а\\) {at}", readRefreshed.Text);
        Assert.Contains("• Светлана — ⏳ ждём ответа", readRefreshed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_with_a_bad_line_sends_nothing_a_good_one_sends_each_type_once_and_a_file_is_confirmed_by_opening_it()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (client, _) = await JoinAsync(bot, "Светлана", "client", Inn);
        var (other, _) = await JoinAsync(bot, "Пётр", "client", OtherInn);
        await File.WriteAllBytesAsync(Path.Combine(bot.FilesRoot, "приказ.pdf"), Order);
        var bad = Workbook(bot, "bad.xlsx", ("nov-1", Inn, "info", "Налоги за ноябрь: 12 000 ₽", ""), ("nov-2", "7700000000", "read", "Ознакомьтесь", ""));
        var good = Workbook(bot, "good.xlsx",
            ("nov-1", Inn, "информационное", "Налоги за ноябрь: 12 000 ₽", ""),
            ("nov-2", Inn, "file", "Приказ об отпусках — откройте", "приказ.pdf"),
            ("nov-3", OtherInn, "approval", "Согласуйте сверку", ""));

        var (refusedCode, _, refusal) = await RunToolAsync(bot, "notify", "import", bad);
        var nothing = await Sql.CountAsync(bot, "SELECT count(*) FROM notifications") + await Sql.CountAsync(bot, "SELECT count(*) FROM outbox_messages WHERE payload::text LIKE '%Налоги%'");
        var first = await ToolAsync(bot, "notify", "import", good);
        var info = await client.WaitForMessageAsync(m => m.Text?.Contains("Налоги за ноябрь: 12 000 ₽", StringComparison.Ordinal) == true);
        var withFile = await client.WaitForMessageAsync(m => m.Text?.Contains("Приказ об отпусках", StringComparison.Ordinal) == true);
        var approval = await other.WaitForMessageAsync(m => m.Text?.Contains("Согласуйте сверку", StringComparison.Ordinal) == true);
        client.PressButton(withFile, "📄 Открыть «приказ.pdf»");
        var opened = await client.WaitForMessageAsync(m => m.Kind == MessageKind.Document && m.FileName == "приказ.pdf");
        await Eventually.HoldsAsync(async () => await Sql.CountAsync(bot, "SELECT count(*) FROM notification_recipients WHERE state = 'opened'") == 1, TimeSpan.FromSeconds(10), "the file's opening recorded");
        var messagesBefore = client.BotMessages.Count + other.BotMessages.Count;
        var second = await ToolAsync(bot, "notify", "import", good);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(1, refusedCode);
        Assert.Contains("line 3: no current client with ИНН «7700000000» (column B)", refusal, StringComparison.Ordinal);
        Assert.Equal(0, nothing);
        Assert.StartsWith("3 notification(s) sent (3 message(s)), 0 already imported.", first, StringComparison.Ordinal);
        Assert.Empty(info.AllButtons);
        Assert.Equal(["Согласовать", "Отклонить"], approval.AllButtons.Select(b => b.Text));
        Assert.Equal(Order, await DownloadAsync(bot, opened));
        Assert.StartsWith("0 notification(s) sent (0 message(s)), 3 already imported.", second, StringComparison.Ordinal);
        Assert.Equal(messagesBefore, client.BotMessages.Count + other.BotMessages.Count);
        Assert.Equal(3, await Sql.CountAsync(bot, "SELECT count(*) FROM notifications"));
    }

    [Fact]
    public async Task An_unread_notification_is_reminded_once_by_the_scheduled_job_for_a_firm_east_of_UTC()
    {
        // Wednesday 2 December 2026, 10:00 in Moscow (UTC+3): working hours.
        await using var bot = new BotUnderTest { Clock = ShiftedClock.To(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(3))) };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (pm, pmMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, _) = await JoinAsync(bot, "Светлана", "client", Inn);
        await SendAsync(pm, pmMenu, "С подтверждением прочтения", "Ознакомьтесь с графиком отпусков");
        await client.WaitForMessageAsync(m => m.Text?.Contains("Ознакомьтесь с графиком отпусков", StringComparison.Ordinal) == true);
        await Sql.ExecuteAsync(bot, "UPDATE notifications SET created_at = created_at - interval '7 days'");

        await bot.StopHostAsync();
        await bot.StartHostAsync();
        var reminder = await client.WaitForMessageAsync(m => m.Text?.StartsWith("⏰ Напоминание:", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        await bot.StopHostAsync();
        await bot.StartHostAsync();
        await Eventually.HoldsAsync(() => bot.Logs.AllText.Split("Notification reminders:").Length > 2, TimeSpan.FromSeconds(30), "the restarted host ran the reminders again");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Contains("Ознакомьтесь с графиком отпусков", reminder.Text, StringComparison.Ordinal);
        Assert.Single(client.BotMessages, m => m.Text?.StartsWith("⏰ Напоминание:", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("Cannot write DateTimeOffset", bot.Logs.AllText, StringComparison.Ordinal);
    }

    /// <summary>«Переписка» → ООО «Ромашка» → «Уведомления» → «Уведомление» → the type → the text → «Без файла» → all; returns the card.</summary>
    private static async Task<BotMessage> SendAsync(FakeUser pm, BotMessage pmMenu, string kind, string text)
    {
        pm.SendCommand("menu");
        var menu = await pm.WaitForMessageAsync(m => m.MessageId > pmMenu.MessageId && m.AllButtons.Any(b => b.Text == "Переписка") && m.EditCount == 0);
        pm.PressButton(menu, "Переписка");
        pm.PressButton(await EditedAsync(pm, menu, 1), "ООО «Ромашка»");
        pm.PressButton(await EditedAsync(pm, menu, 2), "Уведомления");
        pm.PressButton(await EditedAsync(pm, menu, 3), "Уведомление");
        var kinds = await pm.WaitForMessageAsync(m => m.MessageId > menu.MessageId && m.Text?.StartsWith("Новое уведомление для ООО «Ромашка»", StringComparison.Ordinal) == true);
        pm.PressButton(kinds, kind);
        await EditedAsync(pm, kinds, 1);
        pm.SendText(text);
        var file = await pm.WaitForMessageAsync(m => m.MessageId > kinds.MessageId && m.AllButtons.Any(b => b.Text == "Без файла"));
        pm.PressButton(file, "Без файла");
        var recipients = await EditedAsync(pm, file, 1);
        pm.PressButton(recipients, recipients.AllButtons.First(b => b.Text.StartsWith("Всем сотрудникам", StringComparison.Ordinal)).Text);
        return await pm.WaitForMessageAsync(m => m.MessageId == file.MessageId && m.Text?.StartsWith("Уведомление №", StringComparison.Ordinal) == true);
    }

    private static string Workbook(BotUnderTest bot, string name, params (string Id, string Inn, string Kind, string Text, string File)[] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Уведомления");
        string[] headers = ["id", "ИНН", "тип", "текст", "файл"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]);
        }

        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            string[] values = [row.Id, row.Inn, row.Kind, row.Text, row.File];
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(r + 2, c + 1).SetValue(values[c]);
            }
        }

        var path = Path.Combine(bot.FilesRoot, name);
        workbook.SaveAs(path);
        return path;
    }

    private static Task<long> NotificationIdAsync(BotUnderTest bot) => Sql.ScalarAsync<long>(bot, "SELECT max(id) FROM notifications");
}
