using Bot.Core.Deadlines;
using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using Microsoft.Extensions.Options;
using static Bot.Core.Tests.Builders.CalendarBuilder;

namespace Bot.Core.Tests.Deadlines;

/// <summary>Reminders and escalations on the production calendar, with the clock set by the test.</summary>
public sealed class DeadlineRemindersTests
{
    private readonly InMemoryDeadlineNotices notices = new();

    [Fact]
    public async Task A_deadline_after_the_new_year_holidays_is_reminded_on_the_last_working_day_before_them()
    {
        notices.Due(1, Day("12.01.2026"));

        var monday = await At("29.12.2025 10:00");
        var tuesday = await At("30.12.2025 10:00");
        var again = await At("30.12.2025 15:00");
        var holidays = await At("05.01.2026 10:00");
        var dueDay = await At("12.01.2026 09:05");

        Assert.Empty(monday);
        Assert.Equal("⏰ Напоминание: срок задачи №1001 (ООО «Ромашка», Декларация УСН) — 12.01.2026.", Single(tuesday, 7007));
        Assert.Empty(again);
        Assert.Empty(holidays);
        Assert.Equal("⏰ Сегодня срок задачи №1001 (ООО «Ромашка», Декларация УСН).", Single(dueDay, 7007));
    }

    [Fact]
    public async Task A_monday_deadline_is_reminded_on_friday_and_never_at_night_or_on_the_weekend()
    {
        notices.Due(1, Day("07.12.2026"));

        var night = await At("04.12.2026 03:00");
        var evening = await At("04.12.2026 18:30");
        var saturday = await At("05.12.2026 11:00");
        var friday = await At("04.12.2026 09:00");

        Assert.Equal((0, 0, 0), (night.Count, evening.Count, saturday.Count));
        Assert.Equal(7007, Assert.IsType<SendText>(Assert.Single(friday)).ChatId);
    }

    [Fact]
    public async Task Overdue_work_goes_to_the_pm_at_once_and_to_the_head_after_two_more_working_days_skipping_the_weekend()
    {
        notices.Due(1, Day("04.12.2026"));

        var saturday = await At("05.12.2026 10:00");
        var monday = await At("07.12.2026 10:00");
        var tuesday = await At("08.12.2026 10:00");
        var wednesday = await At("09.12.2026 10:00");
        var thursday = await At("10.12.2026 10:00");

        Assert.Empty(saturday);
        Assert.StartsWith("⚠ Просрочка задачи №1001", Single(monday, 8008), StringComparison.Ordinal);
        Assert.Empty(tuesday);
        Assert.StartsWith("⚠ Просрочка задачи №1001 (ООО «Ромашка», Декларация УСН) не устранена", Single(wednesday, 9009), StringComparison.Ordinal);
        Assert.Empty(thursday);
    }

    [Fact]
    public async Task The_offset_is_configurable_in_working_days()
    {
        notices.Due(1, Day("07.12.2026"));

        var thursday = await At("03.12.2026 10:00", new ReminderOptions { WorkingDaysBefore = 2 });

        Assert.Equal(7007, Assert.IsType<SendText>(Assert.Single(thursday)).ChatId);
    }

    private Task<IReadOnlyList<Outgoing>> At(string moscowTime, ReminderOptions? options = null)
    {
        var now = Msk(moscowTime);
        var reminders = new DeadlineReminders(notices, new FixedCalendarSource(FirmCalendar(now: now)), Options.Create(options ?? new ReminderOptions()));
        return reminders.DueAsync(now, CancellationToken.None);
    }

    private static string Single(IReadOnlyList<Outgoing> replies, long chat)
    {
        var notice = Assert.IsType<SendText>(Assert.Single(replies));
        Assert.Equal(chat, notice.ChatId);
        return notice.Html;
    }
}
