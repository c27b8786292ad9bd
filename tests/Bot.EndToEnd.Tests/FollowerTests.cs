using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;

namespace Bot.EndToEnd.Tests;

/// <summary>Followers through the fake Bot API: one who follows a request from its card and one who follows every
/// request of the company get exactly the requester's notices; an employee the PM removes in the bot hears nothing
/// more and is refused at once.</summary>
public sealed class FollowerTests
{
    [Fact]
    public async Task Followers_get_exactly_the_requesters_notices_and_a_removed_employee_is_refused_at_once()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (staff, staffMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (requester, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        var (follower, followerMenu) = await JoinAsync(bot, "Олег", "client", Inn);
        var (director, _) = await JoinAsync(bot, "Пётр", "client", Inn);
        var (bystander, _) = await JoinAsync(bot, "Анна", "client", Inn);
        var employees = (await ToolAsync(bot, "employee", "list", Inn)).Split('\n');
        string IdOf(string name) => employees.Single(line => line.Contains(name, StringComparison.Ordinal)).Split('\t')[0];
        await ToolAsync(bot, "employee", "follow", Inn, IdOf("Пётр"), "on");
        await FileAsync(requester, menu, "Сверка за ноябрь", "Бухгалтерия", "Сверка с контрагентами");

        follower.PressButton(followerMenu, "Мои заявки");
        var list = await EditedAsync(follower, followerMenu, 1);
        follower.PressButton(list, list.AllButtons.First().Text);
        var card = await EditedAsync(follower, followerMenu, 2);
        follower.PressButton(card, "🔔 Следить");
        var following = await EditedAsync(follower, followerMenu, 3);

        var staffCard = await staff.WaitForMessageAsync(m => m.Text?.StartsWith("🆕 Новая заявка №1001\n", StringComparison.Ordinal) == true);
        staff.PressButton(staffCard, "Принять в работу");
        var accepted = await EditedAsync(staff, staffCard, 1);
        await follower.WaitForMessageAsync(m => Notice(m) && m.Text!.Contains("принята", StringComparison.OrdinalIgnoreCase));
        staff.PressButton(staffMenu, "Сотрудники клиентов");
        staff.PressButton(await EditedAsync(staff, staffMenu, 1), "ООО «Ромашка»");
        var people = await EditedAsync(staff, staffMenu, 2);
        staff.PressButton(people, people.AllButtons.Single(b => b.Text.Contains("Олег", StringComparison.Ordinal)).Text);
        staff.PressButton(await EditedAsync(staff, staffMenu, 3), "Удалить из компании");
        staff.PressButton(await EditedAsync(staff, staffMenu, 4), "Удалить из компании");
        var remaining = await EditedAsync(staff, staffMenu, 5);
        staff.PressButton(accepted, "Выполнено");
        await staff.WaitForMessageAsync(m => m.Text?.StartsWith("Завершение задачи №1001", StringComparison.Ordinal) == true);
        staff.SendDocument("итог.pdf", "%PDF-1.7 итог"u8.ToArray());
        var draft = await staff.WaitForMessageAsync(m => m.Text?.Contains("Файлов результата: 1.", StringComparison.Ordinal) == true);
        staff.PressButton(draft, "Завершить");
        await requester.WaitForMessageAsync(m => m.FileName == "итог.pdf");
        await director.WaitForMessageAsync(m => m.FileName == "итог.pdf");
        var refusedCard = await follower.WaitForAnswerAsync(follower.PressButtonWithData(following.MessageId, following.AllButtons.First(b => b.Text == "🔕 Не следить").CallbackData!));
        var refusedMenu = await follower.WaitForAnswerAsync(follower.PressButtonWithData(followerMenu.MessageId, "m:myrequests"));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var told = Notices(requester);
        Assert.Equal(3, told.Count);
        Assert.Contains("🔕 Не следить", following.AllButtons.Select(b => b.Text));
        Assert.Equal(told, Notices(director));
        Assert.Equal(told.Take(1), Notices(follower));
        Assert.Empty(Notices(bystander));
        Assert.Equal(("Это действие вам недоступно.", "Это действие вам недоступно."), (refusedCard.Text, refusedMenu.Text));
        Assert.DoesNotContain(remaining.AllButtons, b => b.Text.Contains("Олег", StringComparison.Ordinal));
        Assert.Contains(remaining.AllButtons, b => b.Text.StartsWith("🔔 ", StringComparison.Ordinal) && b.Text.Contains("Пётр", StringComparison.Ordinal));
    }

    /// <summary>What a person heard of the request: the notices (each with «Открыть заявку») and the result's files.</summary>
    private static List<string> Notices(FakeUser user) =>
        [.. user.BotMessages.Where(m => Notice(m) || m.FileName is not null).Select(m => m.FileName ?? m.Text!)];

    private static bool Notice(BotMessage message) => message.AllButtons.Any(b => b.Text == "Открыть заявку");
}
