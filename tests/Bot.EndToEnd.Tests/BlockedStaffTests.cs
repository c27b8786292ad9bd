using Bot.EndToEnd.Tests.Support;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;

namespace Bot.EndToEnd.Tests;

/// <summary>Blocking a staff member ends what reaches them: their open work goes to the next in line, who is
/// told; new tasks, comments and notices go elsewhere.</summary>
public sealed class BlockedStaffTests
{
    [Fact]
    public async Task A_blocked_staff_member_receives_nothing_new_and_their_task_reaches_the_department_head()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        await ToolAsync(bot, "staff", "add", "orlov", "Орлов Пётр", "accounting");
        await ToolAsync(bot, "department", "head", "accounting", "orlov");
        var (ivanova, _) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (orlov, _) = await JoinAsync(bot, "Пётр", "staff", "orlov");
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        var confirmation = await FileAsync(client, menu, "Декларация за 2026", "Бухгалтерия", "Сверка с контрагентами");
        await ivanova.WaitForMessageAsync(m => m.Text?.StartsWith("🆕 Новая заявка №1001", StringComparison.Ordinal) == true);
        var seenByIvanova = ivanova.BotMessages.Count;

        var blocked = await ToolAsync(bot, "staff", "block", "ivanova");
        var handed = await orlov.WaitForMessageAsync(m => m.Text?.StartsWith("Вам передана задача №1001", StringComparison.Ordinal) == true);
        await FileAsync(client, confirmation, "Ещё одна декларация", "Бухгалтерия", "Сверка с контрагентами");
        var second = await orlov.WaitForMessageAsync(m => m.Text?.StartsWith("🆕 Новая заявка №1002", StringComparison.Ordinal) == true);
        ivanova.SendCommand("menu");
        var asGuest = await ivanova.WaitForMessageAsync(m => ivanova.BotMessages.Count > seenByIvanova);

        Assert.Equal("ivanova is blocked; 1 open tasks handed over.", blocked);
        Assert.Contains("Иванова Мария больше не работает в боте", handed.Text, StringComparison.Ordinal);
        Assert.NotNull(second);
        Assert.Equal(seenByIvanova + 1, ivanova.BotMessages.Count);
        Assert.DoesNotContain(asGuest.AllButtons, button => button.Text == "Мои задачи");
    }
}
