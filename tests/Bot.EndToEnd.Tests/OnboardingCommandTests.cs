using Bot.EndToEnd.Tests.Support;
using static Bot.EndToEnd.Tests.Support.FirmSetup;

namespace Bot.EndToEnd.Tests;

/// <summary>The onboarding started by command rather than «Новый клиент»: the same cards reach the heads, the scheduled job
/// reminds an unanswered head once and tells the administrators once, <c>project add</c> appoints as a card does, and an
/// administrator moves the main PM later.</summary>
public sealed class OnboardingCommandTests
{
    private const string NewInn = "7702115037";

    [Fact]
    public async Task A_client_onboarded_by_command_gets_the_same_cards_reminders_escalation_and_activation()
    {
        // Tuesday 8 December 2026, 10:00 in Moscow; the onboarding is moved back to Thursday the 3rd: three working days ago.
        await using var bot = new BotUnderTest { Clock = ShiftedClock.To(new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.FromHours(3))) };
        await bot.InitializeAsync();
        await ToolAsync(bot, "catalog", "import", DemoCatalog);
        await ToolAsync(bot, "staff", "add", "kadrova", "Кадрова Ксения", "hr");
        await ToolAsync(bot, "staff", "add", "kadrov", "Кадров Кирилл", "hr");
        await ToolAsync(bot, "staff", "add", "petrova", "Петрова Полина", "accounting");
        await ToolAsync(bot, "department", "head", "hr", "kadrova");
        var (hrHead, _) = await JoinAsync(bot, "Ксения", "staff", "kadrova");
        var (pm, _) = await JoinAsync(bot, "Кирилл", "staff", "kadrov");
        bot.Administrator.SendCommand("start");
        await bot.Administrator.NextMessageAsync();

        var started = await ToolAsync(bot, "company", "onboard", NewInn, "ООО «Новые горизонты»", "hr,accounting", "Кадры и бухгалтерия с января.", "main=accounting");
        var hrCard = await hrHead.WaitForMessageAsync(m => m.Text?.StartsWith("Назначьте менеджера проекта", StringComparison.Ordinal) == true);
        var headlessCard = await bot.Administrator.WaitForMessageAsync(m => m.Text?.StartsWith("Назначьте менеджера проекта", StringComparison.Ordinal) == true);
        var connecting = await ToolAsync(bot, "company", "list");
        var earlyInvite = await RunToolAsync(bot, "invite", "client", NewInn);

        await Sql.ExecuteAsync(bot, $"UPDATE onboardings SET started_at = '2026-12-03 12:00+03' WHERE company_id = (SELECT id FROM companies WHERE inn = '{NewInn}')");
        await bot.StopHostAsync();
        await Task.WhenAll(bot.StartHostAsync(), bot.StartHostAsync());
        var reminder = await hrHead.WaitForMessageAsync(m => m.Text?.StartsWith('⏰') == true, TimeSpan.FromSeconds(30));
        await bot.Administrator.WaitForMessageAsync(m => m.Text?.Contains("Бухгалтерия", StringComparison.Ordinal) == true && m.Text.StartsWith('⚠'), TimeSpan.FromSeconds(30));
        await bot.StopHostAsync();
        var before = Runs(bot);
        await bot.StartHostAsync();
        await Eventually.HoldsAsync(() => Runs(bot) > before, TimeSpan.FromSeconds(30), "the restarted host checked the onboardings too");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var moderator = await ToolAsync(bot, "project", "add", NewInn, "hr", "kadrov");
        var main = await ToolAsync(bot, "project", "add", NewInn, "accounting", "petrova");
        var appointedAgain = await RunToolAsync(bot, "project", "add", NewInn, "hr", "kadrova");
        var active = await ToolAsync(bot, "company", "list");
        var services = await ToolAsync(bot, "company", "services", NewInn);
        await ToolAsync(bot, "project", "main", NewInn, "hr");
        var moved = await ToolAsync(bot, "company", "list");
        var invite = await RunToolAsync(bot, "invite", "client", NewInn);
        var told = await pm.WaitForMessageAsync(m => m.Text?.StartsWith("🎉", StringComparison.Ordinal) == true);

        Assert.Contains("2 card(s) sent", started, StringComparison.Ordinal);
        Assert.Contains("Подключает: Администратор", hrCard.Text, StringComparison.Ordinal);
        Assert.Contains("Отдел: Бухгалтерия", headlessCard.Text, StringComparison.Ordinal);
        Assert.Contains($"{NewInn}\tООО «Новые горизонты»\tprojects: none\temployees in the bot: 0\tconnecting", connecting, StringComparison.Ordinal);
        Assert.Equal(1, earlyInvite.ExitCode);
        Assert.StartsWith("⏰ Напоминание: клиент ждёт менеджера проекта.", reminder.Text, StringComparison.Ordinal);
        Assert.Single(hrHead.BotMessages, m => m.Text?.StartsWith('⏰') == true);
        Assert.Equal(["⚠️ Отдел «HR» 3 раб. дн.", "⚠️ Отдел «Бухгалтерия» 3 раб. дн."],
            bot.Administrator.BotMessages.Where(m => m.Text?.StartsWith('⚠') == true).Select(m => m.Text!)
            .Select(text => text[..(text.IndexOf("раб. дн.", StringComparison.Ordinal) + 8)]).Order(StringComparer.Ordinal));
        Assert.Equal(2, await Sql.CountAsync(bot, "SELECT count(*) FROM onboarding_departments WHERE escalated_at IS NOT NULL AND reminded_at IS NOT NULL"));
        Assert.Contains("kadrov is the moderator", moderator, StringComparison.Ordinal);
        Assert.Contains("petrova is the main PM", main, StringComparison.Ordinal);
        Assert.Contains("the company is active", main, StringComparison.Ordinal);
        Assert.Equal(1, appointedAgain.ExitCode);
        Assert.Contains($"{NewInn}\tООО «Новые горизонты»\tprojects: accounting:petrova*, hr:kadrov\temployees in the bot: 0\n", active + "\n", StringComparison.Ordinal);
        Assert.Equal(17, services.Split('\n').Length);
        Assert.Contains("projects: accounting:petrova, hr:kadrov*", moved, StringComparison.Ordinal);
        Assert.Equal(0, invite.ExitCode);
        Assert.Contains("подключён", told.Text, StringComparison.Ordinal);
    }

    private static int Runs(BotUnderTest bot) => bot.Logs.AllText.Split("Onboarding reminders:").Length - 1;
}
