using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.State;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;
using static Bot.EndToEnd.Tests.Support.TaskRecords;

namespace Bot.EndToEnd.Tests;

/// <summary>The staff side of a task through the fake Bot API: the card's buttons, the client's notices,
/// comments both ways, one winner among simultaneous presses, refusals, and chains.</summary>
public sealed class StaffTaskTests
{
    private const string Reconciliation = "Сверка с контрагентами";

    [Fact]
    public async Task Accepting_tells_the_client_and_rejecting_puts_the_reason_and_the_system_line_in_the_thread()
    {
        await using var bot = await StartedAsync();
        var (staff, client, menu) = await PeopleAsync(bot);

        var first = await FileAsync(client, menu, "Сверка за ноябрь", "Бухгалтерия", Reconciliation);
        var card = await CardAsync(staff, 1001);
        staff.PressButton(card, "Принять в работу");
        var accepted = await EditedAsync(staff, card, 1);
        var acceptedNotice = await NoticeAsync(client, "Заявка №1001 принята в работу");

        await FileAsync(client, first, "Сверка за декабрь", "Бухгалтерия", Reconciliation);
        var second = await CardAsync(staff, 1002);
        staff.PressButton(second, "Отклонить");
        var prompt = await staff.WaitForMessageAsync(m => m.Text?.StartsWith("Оставьте комментарий", StringComparison.Ordinal) == true);
        staff.SendText("Нет акта сверки от контрагента");
        var preview = await staff.WaitForMessageAsync(m => m.Text?.Contains("будет отклонена с комментарием", StringComparison.Ordinal) == true);
        staff.PressButton(preview, "Сохранить");
        var rejectedCard = await EditedAsync(staff, preview, 1);
        var rejectedNotice = await NoticeAsync(client, "Заявка №1002 отклонена исполнителем.");
        staff.SendCommand("menu");
        var staffMenu = await staff.WaitForMessageAsync(m => m.AllButtons.Any(button => button.Text == "Мои задачи"));
        staff.PressButton(staffMenu, "Мои задачи");
        var myTasks = await EditedAsync(staff, staffMenu, 1);

        Assert.Contains("Статус: Принята в работу", accepted.Text, StringComparison.Ordinal);
        Assert.Contains("Выполнено", accepted.AllButtons.Select(button => button.Text));
        Assert.DoesNotContain("Принять в работу", accepted.AllButtons.Select(button => button.Text));
        Assert.Contains("Исполнитель: Иванова Мария", acceptedNotice.Text, StringComparison.Ordinal);
        Assert.NotNull(prompt);
        Assert.Contains("Статус: Отклонена", rejectedCard.Text, StringComparison.Ordinal);
        Assert.Contains("Причина: Нет акта сверки от контрагента", rejectedNotice.Text, StringComparison.Ordinal);
        Assert.Equal(
            [("filed", ""), ("comment", "Нет акта сверки от контрагента"), ("status", "rejected")],
            await ThreadAsync(bot, 1002));
        Assert.Contains("Задача отклонена исполнителем", rejectedCard.Text, StringComparison.Ordinal);
        Assert.StartsWith("№1001 · ООО «Ромашка» · Принята в работу", myTasks.AllButtons.First().Text, StringComparison.Ordinal);
        Assert.Contains("Открытых: 1.", myTasks.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_travel_both_ways_with_files_a_reply_is_a_comment_and_the_result_file_reaches_the_client()
    {
        await using var bot = await StartedAsync();
        var (staff, client, menu) = await PeopleAsync(bot);
        var confirmation = await FileAsync(client, menu, "Сверка за ноябрь", "Бухгалтерия", Reconciliation);
        var card = await CardAsync(staff, 1001);
        staff.PressButton(card, "Принять в работу");
        var accepted = await EditedAsync(staff, card, 1);

        staff.PressButton(accepted, "Комментарий");
        await staff.WaitForMessageAsync(m => m.Text?.StartsWith("Комментарий к заявке №1001", StringComparison.Ordinal) == true);
        staff.SendDocument("акт-сверки.pdf", "%PDF-1.7 акт сверки"u8.ToArray());
        await staff.WaitForMessageAsync(m => m.Text?.Contains("будет приложен к комментарию", StringComparison.Ordinal) == true);
        staff.SendText("Подпишите, пожалуйста, акт");
        var toClient = await NoticeAsync(client, "💬 Комментарий к заявке №1001");
        var fileToClient = await client.WaitForMessageAsync(m => m.FileName == "акт-сверки.pdf");

        client.Reply(toClient, "Подписали, отправляем скан");
        var replyToStaff = await NoticeAsync(staff, "💬 Комментарий к заявке №1001", "Подписали, отправляем скан");

        client.PressButton(confirmation, "Мои заявки");
        var list = await EditedAsync(client, confirmation, confirmation.EditCount + 1);
        client.PressButton(list, list.AllButtons.First().Text);
        var clientCard = await EditedAsync(client, confirmation, confirmation.EditCount + 2);
        client.PressButton(clientCard, "Комментарий");
        await client.WaitForMessageAsync(m => m.Text?.StartsWith("Комментарий к заявке №1001", StringComparison.Ordinal) == true);
        client.SendDocument("скан-акта.pdf", "%PDF-1.7 подписанный акт"u8.ToArray());
        await client.WaitForMessageAsync(m => m.Text?.Contains("будет приложен к комментарию", StringComparison.Ordinal) == true);
        client.SendText("Скан подписанного акта");
        await NoticeAsync(staff, "💬 Комментарий к заявке №1001", "Скан подписанного акта");
        var fileToStaff = await staff.WaitForMessageAsync(m => m.FileName == "скан-акта.pdf");

        staff.PressButton(accepted, "Выполнено");
        await staff.WaitForMessageAsync(m => m.Text?.StartsWith("Завершение задачи №1001", StringComparison.Ordinal) == true);
        var result = "%PDF-1.7 акт сверки итоговый"u8.ToArray();
        staff.SendDocument("итог.pdf", result);
        var draft = await staff.WaitForMessageAsync(m => m.Text?.Contains("Файлов результата: 1.", StringComparison.Ordinal) == true);
        staff.PressButton(draft, "Завершить");
        var done = await NoticeAsync(client, "Заявка №1001 выполнена.");
        var resultFile = await client.WaitForMessageAsync(m => m.FileName == "итог.pdf");

        Assert.Contains("Подпишите, пожалуйста, акт", toClient.Text, StringComparison.Ordinal);
        Assert.Equal(MessageKind.Document, fileToClient.Kind);
        Assert.Contains("от Светлана", replyToStaff.Text, StringComparison.Ordinal);
        Assert.Equal(MessageKind.Document, fileToStaff.Kind);
        Assert.Contains("Файлы результата (1) — ниже.", done.Text, StringComparison.Ordinal);
        Assert.Equal(result, await DownloadAsync(bot, resultFile));
        Assert.Equal(["Подпишите, пожалуйста, акт", "Подписали, отправляем скан", "Скан подписанного акта", ""],
            (await ThreadAsync(bot, 1001)).Where(entry => entry.Kind == "comment").Select(entry => entry.Body));
    }

    [Fact]
    public async Task Simultaneous_accepts_by_two_people_and_a_double_press_make_one_transition_and_one_notice()
    {
        // One update per worker, so the three presses are handled by different workers in their own transactions
        // at the same time; each status change sleeps a second while it holds the task's row, so the others
        // read the task as still open and reach their UPDATE meanwhile. The conditional UPDATE alone decides.
        await using var bot = await StartedAsync(new Dictionary<string, string?> { ["Delivery:InboxBatchSize"] = "1", ["Delivery:InboxWorkers"] = "3" });
        var (staff, client, menu) = await PeopleAsync(bot);
        await FileAsync(client, menu, "Сверка", "Бухгалтерия", Reconciliation);
        var card = await CardAsync(staff, 1001);
        bot.Administrator.SendCommand("start");
        var adminMenu = await bot.Administrator.NextMessageAsync();
        var taskId = await TaskIdAsync(bot, 1001);
        await Sql.ExecuteAsync(bot, """
            CREATE FUNCTION slow_status_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_sleep(1); RETURN NEW; END $$;
            CREATE TRIGGER slow_status_change BEFORE UPDATE OF status ON service_tasks FOR EACH ROW EXECUTE FUNCTION slow_status_change();
            """);

        var presses = new[]
        {
            staff.PressButton(card, "Принять в работу"),
            bot.Administrator.PressButtonWithData(adminMenu.MessageId, $"ta:{taskId}"),
            staff.PressButton(card, "Принять в работу"),
        };
        var answers = new List<string?>();
        foreach (var (user, press) in new[] { (staff, presses[0]), (bot.Administrator, presses[1]), (staff, presses[2]) })
        {
            answers.Add((await user.WaitForAnswerAsync(press, TimeSpan.FromSeconds(20))).Text);
        }

        await NoticeAsync(client, "Заявка №1001 принята в работу");
        await Task.Delay(1500); // a second notice, were there one, would be out by now

        Assert.Equal(2, answers.Count(answer => answer == "Задача уже принята."));
        Assert.Single(client.BotMessages, message => message.Text?.StartsWith("Заявка №1001 принята в работу", StringComparison.Ordinal) == true);
        Assert.Single(await ThreadAsync(bot, 1001), entry => entry.Kind == "status");
    }

    [Fact]
    public async Task A_client_a_staff_member_of_another_department_and_another_companys_client_are_refused_and_nothing_changes()
    {
        await using var bot = await StartedAsync();
        await ToolAsync(bot, "staff", "add", "petrov", "Петров Илья", "hr");
        var (_, client, menu) = await PeopleAsync(bot);
        var (petrov, petrovMenu) = await JoinAsync(bot, "Илья", "staff", "petrov");
        var (stranger, strangerMenu) = await JoinAsync(bot, "Олег", "client", OtherInn);
        await FileAsync(client, menu, "Сверка", "Бухгалтерия", Reconciliation);
        var taskId = await TaskIdAsync(bot, 1001);

        var answers = new List<string?>
        {
            (await client.WaitForAnswerAsync(client.PressButtonWithData(menu.MessageId, $"ta:{taskId}"))).Text,
            (await client.WaitForAnswerAsync(client.PressButtonWithData(menu.MessageId, $"tr:{taskId}"))).Text,
            (await petrov.WaitForAnswerAsync(petrov.PressButtonWithData(petrovMenu.MessageId, $"ta:{taskId}"))).Text,
            (await petrov.WaitForAnswerAsync(petrov.PressButtonWithData(petrovMenu.MessageId, $"to:{taskId}"))).Text,
            (await stranger.WaitForAnswerAsync(stranger.PressButtonWithData(strangerMenu.MessageId, $"to:{taskId}"))).Text,
            (await stranger.WaitForAnswerAsync(stranger.PressButtonWithData(strangerMenu.MessageId, $"tc:{taskId}"))).Text,
        };

        Assert.All(answers, answer => Assert.Equal("Это действие вам недоступно.", answer));
        Assert.Equal([("filed", "")], await ThreadAsync(bot, 1001));
    }

    [Fact]
    public async Task A_chained_task_waits_and_reaches_its_assignee_when_the_first_one_is_done()
    {
        await using var bot = await StartedAsync();
        await ToolAsync(bot, "project", "add", Inn, "hr", "ivanova");
        var (staff, client, menu) = await PeopleAsync(bot);

        var first = await FileAsync(client, menu, "Петров уходит 15.12", "Кадры", "Увольнение сотрудника: заявление");
        var firstCard = await CardAsync(staff, 1001);
        var attachments = await OpenFormAsync(client, first, "Приказ для Петрова", "Кадры", "Увольнение сотрудника: приказ и расчёт");
        client.SendDocument("заявление.pdf", "%PDF-1.7 заявление"u8.ToArray());
        var withFile = await client.WaitForMessageAsync(m => m.Text?.Contains("Прикреплено файлов: 1", StringComparison.Ordinal) == true);
        var waiting = await SubmitAsync(client, withFile);
        staff.PressButton(firstCard, "Принять в работу");
        var accepted = await EditedAsync(staff, firstCard, 1);
        Assert.DoesNotContain(staff.BotMessages, message => message.Text?.Contains("№1002", StringComparison.Ordinal) == true);

        staff.PressButton(accepted, "Выполнено");
        await staff.WaitForMessageAsync(m => m.Text?.StartsWith("Завершение задачи №1001", StringComparison.Ordinal) == true);
        staff.SendText("Заявление принято");
        var draft = await staff.WaitForMessageAsync(m => m.Text?.Contains("Комментарий: Заявление принято", StringComparison.Ordinal) == true);
        staff.PressButton(draft, "Завершить");
        var secondCard = await CardAsync(staff, 1002);
        var released = await NoticeAsync(client, "Заявка №1002 дождалась предыдущей");

        Assert.StartsWith("Заявка №1002 принята и ожидает завершения заявки №1001", waiting.Text, StringComparison.Ordinal);
        Assert.Contains("Принять в работу", secondCard.AllButtons.Select(button => button.Text));
        Assert.NotNull(released);
    }

    private static async Task<BotUnderTest> StartedAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var bot = new BotUnderTest { Settings = settings ?? new Dictionary<string, string?>() };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        return bot;
    }

    /// <summary>Иванова (the PM, so the assignee of accounting work) and a client of ООО «Ромашка» with their menu.</summary>
    private static async Task<(FakeUser Staff, FakeUser Client, BotMessage Menu)> PeopleAsync(BotUnderTest bot)
    {
        var (staff, _) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        return (staff, client, menu);
    }

    private static Task<BotMessage> CardAsync(FakeUser staff, int number) =>
        staff.WaitForMessageAsync(m => m.Text?.StartsWith($"🆕 Новая заявка №{number}\n", StringComparison.Ordinal) == true, what: $"the card of №{number}");

    private static Task<BotMessage> NoticeAsync(FakeUser user, string start, string? containing = null) =>
        user.WaitForMessageAsync(m => m.Text?.StartsWith(start, StringComparison.Ordinal) == true && (containing is null || m.Text.Contains(containing, StringComparison.Ordinal)), what: start);
}
