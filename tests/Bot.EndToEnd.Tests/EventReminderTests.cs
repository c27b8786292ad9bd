using Bot.EndToEnd.Tests.Support;
using static Bot.EndToEnd.Tests.CalendarTests;
using static Bot.EndToEnd.Tests.Support.FirmSetup;

namespace Bot.EndToEnd.Tests;

/// <summary>Agreed events' reminders through the real host's scheduled job: the working day before, once, whatever restarts and instances.</summary>
public sealed class EventReminderTests
{
    [Fact]
    public async Task An_event_is_reminded_once_the_working_day_before_across_two_instances_and_a_restart()
    {
        // Friday 20 March 2026, 10:00 in Moscow: Monday the 23rd is the next working day.
        await using var bot = new BotUnderTest { Clock = ShiftedClock.To(new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(3))) };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (staff, staffMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, _) = await JoinAsync(bot, "Светлана", "client", Inn);
        var screen = await OpenCompanyCalendarAsync(staff, staffMenu, "ООО «Ромашка»");
        screen = await AddEventAsync(staff, screen, "Встреча по зарплатному проекту", "23.03.2026 11:30", "Однократно", null);
        await AddEventAsync(staff, screen, "Сверка остатков", "24.03.2026", "Однократно", null);
        await client.WaitForMessageAsync(m => m.Text?.StartsWith("📅 Новое событие — ООО «Ромашка»\n24.03.2026", StringComparison.Ordinal) == true);

        await bot.StopHostAsync();
        await Task.WhenAll(bot.StartHostAsync(), bot.StartHostAsync());
        var reminder = await client.WaitForMessageAsync(m => m.Text?.StartsWith('⏰') == true, TimeSpan.FromSeconds(30));
        await bot.StopHostAsync();
        var before = Runs(bot);
        await bot.StartHostAsync();
        await Eventually.HoldsAsync(() => Runs(bot) > before, TimeSpan.FromSeconds(30), "the restarted host checked the events too");
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal("⏰ Напоминание — ООО «Ромашка»\n23 марта (понедельник): 11:30 — Встреча по зарплатному проекту", reminder.Text);
        Assert.Single(client.BotMessages, message => message.Text?.StartsWith('⏰') == true);
        Assert.Equal(1, await Sql.CountAsync(bot, "SELECT count(*) FROM agreed_event_reminders"));
    }

    private static int Runs(BotUnderTest bot) => bot.Logs.AllText.Split("Event reminders:").Length - 1;
}
