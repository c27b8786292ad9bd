using Bot.EndToEnd.Tests.Support;
using Dapper;
using Npgsql;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;

namespace Bot.EndToEnd.Tests;

/// <summary>Deadline reminders through the real host's scheduled job: once, whatever restarts and instances.</summary>
public sealed class DeadlineReminderTests
{
    [Fact]
    public async Task A_task_due_today_is_reminded_once_across_two_instances_and_a_restart()
    {
        // Wednesday 2 Dec 2026, 10:00 in Moscow: a working day, within working hours.
        await using var bot = new BotUnderTest { Clock = ShiftedClock.To(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(3))) };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (staff, _) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        await FileAsync(client, menu, "Сверка за ноябрь", "Бухгалтерия", "Сверка с контрагентами");
        await staff.WaitForMessageAsync(m => m.Text?.StartsWith("🆕 Новая заявка №1001", StringComparison.Ordinal) == true);
        await using (var connection = new NpgsqlConnection(bot.DatabaseConnectionString))
        {
            await connection.ExecuteAsync("UPDATE service_tasks SET requested_deadline = '2026-12-02'");
        }

        await bot.StopHostAsync();
        await Task.WhenAll(bot.StartHostAsync(), bot.StartHostAsync());
        var reminder = await staff.WaitForMessageAsync(m => m.Text?.StartsWith('⏰') == true, TimeSpan.FromSeconds(30));
        await bot.StopHostAsync();
        var before = Runs(bot);
        await bot.StartHostAsync();
        await Eventually.HoldsAsync(() => Runs(bot) > before, TimeSpan.FromSeconds(30), "the restarted host checked the deadlines too");
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal("⏰ Сегодня срок задачи №1001 (ООО «Ромашка», Сверка с контрагентами).", reminder.Text);
        Assert.Contains("Открыть задачу", reminder.AllButtons.Select(button => button.Text));
        Assert.Single(staff.BotMessages, message => message.Text?.StartsWith('⏰') == true);
    }

    private static int Runs(BotUnderTest bot) => bot.Logs.AllText.Split("Deadline reminders:").Length - 1;
}
