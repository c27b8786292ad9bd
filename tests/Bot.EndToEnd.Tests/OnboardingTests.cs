using System.Text.RegularExpressions;
using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;

namespace Bot.EndToEnd.Tests;

/// <summary>A new client onboarded in Telegram by the people of the seed's process: a staff member starts «Новый клиент» for
/// three departments, the three heads appoint the PMs from their cards, the company becomes active with the departments'
/// services, the main PM adjusts them and invites an employee, whose request reaches the responsible the PM chose. People
/// with no say over a step press its buttons (forged) and change nothing.</summary>
public sealed partial class OnboardingTests
{
    private const string NewInn = "7702115037";
    private const string NewName = "ООО «Новые горизонты»";
    private const string Refused = "Это действие вам недоступно.";

    [Fact]
    public async Task A_client_is_onboarded_in_the_bot_from_new_client_to_a_request_reaching_the_responsible_the_PM_chose()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        await AddStaffAsync(bot);
        var (starter, starterMenu) = await JoinAsync(bot, "Сергей", "staff", "smirnov");
        var (hrHead, _) = await JoinAsync(bot, "Ксения", "staff", "kadrova");
        var (accountingHead, _) = await JoinAsync(bot, "Софья", "staff", "schetova");
        var (consultingHead, _) = await JoinAsync(bot, "Семён", "staff", "sovetova");
        var (mainPm, _) = await JoinAsync(bot, "Кирилл", "staff", "kadrov");
        var (accountant, accountantWelcome) = await JoinAsync(bot, "Полина", "staff", "petrova");
        await JoinAsync(bot, "Константин", "staff", "konsultov");
        var (responsible, _) = await JoinAsync(bot, "Бэлла", "staff", "buhova");
        var (outsider, outsiderWelcome) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, clientWelcome) = await JoinAsync(bot, "Светлана", "client", Inn);

        // «Новый клиент»: a mistyped ИНН and a known one refused in words, then the whole form.
        starter.PressButton(starterMenu, "➕ Новый клиент");
        await starter.WaitForMessageAsync(m => m.Text?.StartsWith("Новый клиент. Введите ИНН", StringComparison.Ordinal) == true);
        var badInn = await SayAsync(starter, "7702115036");
        var knownInn = await SayAsync(starter, OtherInn);
        await SayAsync(starter, NewInn);
        var departments = await SayAsync(starter, NewName);
        starter.PressButton(departments, "▫️ HR");
        starter.PressButton(await EditedAsync(starter, departments, 1), "▫️ Бухгалтерия");
        starter.PressButton(await EditedAsync(starter, departments, 2), "▫️ Консалтинг");
        starter.PressButton(await EditedAsync(starter, departments, 3), "Далее »");
        starter.PressButton(await EditedAsync(starter, departments, 4), "Кого назначат первым");
        await EditedAsync(starter, departments, 5);
        var confirm = await SayAsync(starter, "Кадры, бухгалтерия и консультации с января.");
        starter.PressButton(confirm, "Создать");
        var created = await EditedAsync(starter, confirm, 1);
        var companyId = await Sql.ScalarAsync<int>(bot, $"SELECT id FROM companies WHERE inn = '{NewInn}'");
        var (hr, accounting, consulting) = (await DepartmentAsync(bot, "hr"), await DepartmentAsync(bot, "accounting"), await DepartmentAsync(bot, "consulting"));
        var hrCard = await CardAsync(hrHead);
        var accountingCard = await CardAsync(accountingHead);
        var consultingCard = await CardAsync(consultingHead);

        // The card's buttons pressed by people with no say over that department: each refused, nothing appointed.
        var forgedCards = await Task.WhenAll(
            accountingHead.WaitForAnswerAsync(accountingHead.PressButtonWithData(accountingCard.MessageId, $"pa:{companyId}:{hr}:0")),
            accountant.WaitForAnswerAsync(accountant.PressButtonWithData(accountantWelcome.MessageId, $"pa:{companyId}:{accounting}:0")),
            client.WaitForAnswerAsync(client.PressButtonWithData(clientWelcome.MessageId, $"ps:{companyId}:{hr}:{await StaffAsync(bot, "kadrov")}")));
        var appointedByForgery = await Sql.CountAsync(bot, $"SELECT count(*) FROM company_projects WHERE company_id = {companyId}");

        // The heads appoint: HR first (a project name typed), then consulting and accounting (the default name kept).
        hrHead.PressButton(hrCard, "Выбрать менеджера");
        var hrStaff = await EditedAsync(hrHead, hrCard, 1);
        hrHead.PressButton(hrStaff, "Кадров Кирилл");
        await EditedAsync(hrHead, hrCard, 2);
        var hrDone = await SayAsync(hrHead, "Кадровое сопровождение");
        var consultingDone = await AppointAsync(consultingHead, consultingCard, "Консультов Константин");
        var accountingDone = await AppointAsync(accountingHead, accountingCard, "Петрова Полина");
        var activated = await starter.WaitForMessageAsync(m => m.Text?.StartsWith("🎉", StringComparison.Ordinal) == true);
        await mainPm.WaitForMessageAsync(m => m.Text?.StartsWith("🎉", StringComparison.Ordinal) == true);
        var projects = await ToolAsync(bot, "company", "list");

        // The main PM turns «Расчёт зарплаты» off and makes Бухова responsible for «Сверка с контрагентами».
        var pmMenu = await MenuAsync(mainPm);
        mainPm.PressButton(pmMenu, "Услуги клиентов");
        mainPm.PressButton(await EditedAsync(mainPm, pmMenu, 1), NewName);
        var list = await EditedAsync(mainPm, pmMenu, 2);
        mainPm.PressButton(list, "✅ Зарплата: Расчёт зарплаты");
        mainPm.PressButton(await EditedAsync(mainPm, pmMenu, 3), "⛔ Выключить");
        var turnedOff = await EditedAsync(mainPm, pmMenu, 4);
        mainPm.PressButton(turnedOff, "« Назад");
        mainPm.PressButton(await EditedAsync(mainPm, pmMenu, 5), "✅ Бухгалтерия: Сверка с контрагентами");
        mainPm.PressButton(await EditedAsync(mainPm, pmMenu, 6), "Назначить ответственного");
        mainPm.PressButton(await EditedAsync(mainPm, pmMenu, 7), "Бухова Бэлла");
        var responsibleSet = await EditedAsync(mainPm, pmMenu, 8);

        // The service list's buttons pressed by a client, a head who is not the company's PM and staff of another client.
        var reconciliation = await Sql.ScalarAsync<int>(bot, "SELECT id FROM service_templates WHERE title = 'Сверка с контрагентами'");
        var forgedServices = await Task.WhenAll(
            client.WaitForAnswerAsync(client.PressButtonWithData(clientWelcome.MessageId, $"st:{companyId}:{reconciliation}")),
            hrHead.WaitForAnswerAsync(hrHead.PressButtonWithData(hrCard.MessageId, $"st:{companyId}:{reconciliation}")),
            outsider.WaitForAnswerAsync(outsider.PressButtonWithData(outsiderWelcome.MessageId, $"sp:{companyId}:{reconciliation}:{await StaffAsync(bot, "ivanova")}")));

        // An invite without the figures, taken by a new employee, who files a request.
        var invitesMenu = await MenuAsync(mainPm);
        mainPm.PressButton(invitesMenu, "Сотрудники клиентов");
        mainPm.PressButton(await EditedAsync(mainPm, invitesMenu, 1), NewName);
        mainPm.PressButton(await EditedAsync(mainPm, invitesMenu, 2), "➕ Пригласить сотрудника");
        mainPm.PressButton(await EditedAsync(mainPm, invitesMenu, 3), "✅ Показатели");
        mainPm.PressButton(await EditedAsync(mainPm, invitesMenu, 4), "Создать приглашение");
        var invite = await EditedAsync(mainPm, invitesMenu, 5);
        var employee = bot.Api.NewUser("Алексей");
        employee.SendCommand("start", TokenIn(invite));
        var welcome = await employee.NextMessageAsync();
        var filed = await FileAsync(employee, welcome, "Сверка с ООО «Поставщик» за ноябрь", "Бухгалтерия", "Сверка с контрагентами");
        var newTask = await responsible.WaitForMessageAsync(m => m.Text?.StartsWith("🆕 Новая заявка", StringComparison.Ordinal) == true);
        employee.PressButton(filed, "Заказать услугу");
        var categories = await EditedAsync(employee, filed, filed.EditCount + 1);
        employee.PressButton(categories, "Зарплата");
        var payroll = await EditedAsync(employee, filed, filed.EditCount + 2);

        // The invites: the used one listed with its guest; a second one revoked before anyone opens it.
        mainPm.PressButton(invite, "Приглашения");
        var used = await EditedAsync(mainPm, invitesMenu, 6);
        mainPm.PressButton(used, "➕ Пригласить сотрудника");
        mainPm.PressButton(await EditedAsync(mainPm, invitesMenu, 7), "Создать приглашение");
        var second = await EditedAsync(mainPm, invitesMenu, 8);
        mainPm.PressButton(second, "Приглашения");
        var pending = await EditedAsync(mainPm, invitesMenu, 9);
        mainPm.PressButton(pending, pending.AllButtons.Single(b => b.Text.StartsWith("Отозвать", StringComparison.Ordinal)).Text);
        var revoked = await EditedAsync(mainPm, invitesMenu, 10);
        var latecomer = bot.Api.NewUser("Борис");
        latecomer.SendCommand("start", TokenIn(second));
        var refusedInvite = await latecomer.NextMessageAsync();

        Assert.Contains("Это не ИНН", badInn.Text, StringComparison.Ordinal);
        Assert.Contains("уже есть у клиента «АО «Василёк»»", knownInn.Text, StringComparison.Ordinal);
        Assert.StartsWith($"Компания «{NewName}» создана, статус «Подключается». Руководителям отделов отправлено карточек: 3.", created.Text, StringComparison.Ordinal);
        Assert.Contains("Подключает: Сергей", hrCard.Text, StringComparison.Ordinal);
        Assert.All(forgedCards, answer => Assert.Equal(Refused, answer.Text));
        Assert.Equal(0, appointedByForgery);
        Assert.Equal(["Иванова Мария", "Кадров Кирилл", "Кадрова Ксения", "« Назад"], hrStaff.AllButtons.Select(b => b.Text));
        Assert.StartsWith("✅ Кадров Кирилл — главный менеджер клиента «ООО «Новые горизонты»», проект «Кадровое сопровождение».", hrDone.Text, StringComparison.Ordinal);
        Assert.StartsWith("✅ Консультов Константин — модератор", consultingDone.Text, StringComparison.Ordinal);
        Assert.StartsWith("✅ Петрова Полина — модератор", accountingDone.Text, StringComparison.Ordinal);
        Assert.Contains($"{NewInn}\t{NewName}\tprojects: accounting:petrova, consulting:konsultov, hr:kadrov*", projects, StringComparison.Ordinal);
        Assert.Contains("подключён", activated.Text, StringComparison.Ordinal);
        Assert.Equal(21, list.AllButtons.Count(b => b.Text.StartsWith("✅ ", StringComparison.Ordinal)));
        Assert.Contains("Статус: выключена", turnedOff.Text, StringComparison.Ordinal);
        Assert.Contains("Последнее изменение: Кирилл", turnedOff.Text, StringComparison.Ordinal);
        Assert.Contains("Ответственный: Бухова Бэлла", responsibleSet.Text, StringComparison.Ordinal);
        Assert.All(forgedServices, answer => Assert.Equal(Refused, answer.Text));
        Assert.Equal(2, await Sql.CountAsync(bot, $"SELECT count(*) FROM company_service_changes WHERE company_id = {companyId}"));
        Assert.Equal("buhova", await Sql.ScalarAsync<string>(bot, $"SELECT s.login FROM service_tasks t JOIN staff s ON s.id = t.assignee_staff_id WHERE t.company_id = {companyId}"));
        Assert.Contains("Сверка с ООО «Поставщик» за ноябрь", newTask.Text, StringComparison.Ordinal);
        Assert.Contains(invite.AllButtons, b => b.Url?.StartsWith("https://t.me/share/url?url=", StringComparison.Ordinal) == true);
        Assert.Contains($"подключены к кабинету компании {NewName}", welcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(welcome.AllButtons, b => b.Text == "Показатели");
        Assert.DoesNotContain(payroll.AllButtons, b => b.Text == "Расчёт зарплаты");
        Assert.Contains(payroll.AllButtons, b => b.Text == "Справка о доходах (2-НДФЛ)");
        Assert.Contains("принято", used.Text, StringComparison.Ordinal);
        Assert.Contains("(Алексей)", used.Text, StringComparison.Ordinal);
        Assert.Contains("отозвано", revoked.Text, StringComparison.Ordinal);
        Assert.Equal("Это приглашение отозвано. Попросите у своего менеджера новую ссылку.", refusedInvite.Text);
    }

    /// <summary>The departments' heads and staff of the new client, beside Иванова of <see cref="TwoClientsAsync"/>.</summary>
    private static async Task AddStaffAsync(BotUnderTest bot)
    {
        await ToolAsync(bot, "staff", "add", "smirnov", "Смирнов Сергей", "accounting");
        await ToolAsync(bot, "staff", "add", "kadrova", "Кадрова Ксения", "hr");
        await ToolAsync(bot, "staff", "add", "schetova", "Счётова Софья", "accounting");
        await ToolAsync(bot, "staff", "add", "sovetova", "Советова Серафима", "consulting");
        await ToolAsync(bot, "staff", "add", "kadrov", "Кадров Кирилл", "hr");
        await ToolAsync(bot, "staff", "add", "petrova", "Петрова Полина", "accounting");
        await ToolAsync(bot, "staff", "add", "konsultov", "Консультов Константин", "consulting");
        await ToolAsync(bot, "staff", "add", "buhova", "Бухова Бэлла", "accounting");
        await ToolAsync(bot, "department", "head", "hr", "kadrova");
        await ToolAsync(bot, "department", "head", "accounting", "schetova");
        await ToolAsync(bot, "department", "head", "consulting", "sovetova");
    }

    /// <summary>A typed message and the bot's next message to it.</summary>
    private static async Task<BotMessage> SayAsync(FakeUser user, string text)
    {
        var before = user.BotMessages.Count;
        user.SendText(text);
        return await user.WaitForMessageAsync(m => user.BotMessages.Count > before && m.MessageId >= user.BotMessages[^1].MessageId && m.EditCount == 0);
    }

    private static Task<BotMessage> CardAsync(FakeUser head) =>
        head.WaitForMessageAsync(m => m.Text?.StartsWith("Назначьте менеджера проекта", StringComparison.Ordinal) == true);

    /// <summary>A head picks the PM on their card and keeps the project name offered; returns the card's last edit.</summary>
    private static async Task<BotMessage> AppointAsync(FakeUser head, BotMessage card, string pm)
    {
        head.PressButton(card, "Выбрать менеджера");
        head.PressButton(await EditedAsync(head, card, 1), pm);
        var name = await EditedAsync(head, card, 2);
        head.PressButton(name, name.AllButtons.Single(b => b.Text.StartsWith("Оставить", StringComparison.Ordinal)).Text);
        return await EditedAsync(head, card, 3);
    }

    private static async Task<BotMessage> MenuAsync(FakeUser user)
    {
        var before = user.BotMessages.Count;
        user.SendCommand("menu");
        return await user.WaitForMessageAsync(m => user.BotMessages.Count > before && m.EditCount == 0 && m.AllButtons.Any(b => b.Text == "Услуги клиентов") && m.MessageId == user.BotMessages[^1].MessageId);
    }

    private static Task<int> DepartmentAsync(BotUnderTest bot, string code) => Sql.ScalarAsync<int>(bot, $"SELECT id FROM departments WHERE code = '{code}'");

    private static Task<int> StaffAsync(BotUnderTest bot, string login) => Sql.ScalarAsync<int>(bot, $"SELECT id FROM staff WHERE login = '{login}'");

    private static string TokenIn(BotMessage invite) => InviteLink().Match(invite.Text!).Groups[1].Value;

    [GeneratedRegex(@"\?start=([A-Za-z0-9_-]{22})")]
    private static partial Regex InviteLink();
}
