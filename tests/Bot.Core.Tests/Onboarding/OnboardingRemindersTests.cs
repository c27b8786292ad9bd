using Bot.Core.Access;
using Bot.Core.Messaging;
using Bot.Core.Onboarding;
using Bot.Core.Requests;
using Bot.Core.Tests.Builders;
using Microsoft.Extensions.Options;
using static Bot.Core.Tests.Builders.CalendarBuilder;

namespace Bot.Core.Tests.Onboarding;

/// <summary>An unanswered head's card: the head reminded once the next working day within working hours, the administrators
/// told once after <c>Onboarding:EscalateAfterWorkingDays</c> working days; a department without a head goes to the administrators.</summary>
public sealed class OnboardingRemindersTests
{
    private const long HrHead = 501;
    private const long Administrator = 1001;
    private readonly InMemoryOnboardings onboardings = new();
    private readonly OnboardingReminders reminders;

    public OnboardingRemindersTests()
    {
        onboardings.Heads[1] = HrHead;
        var administrators = new AdministratorsOptions();
        administrators.UserIds.Add(Administrator);
        var onboarding = new ClientOnboarding(onboardings, Options.Create(administrators));
        reminders = new OnboardingReminders(
            onboardings, onboarding, new FixedCalendarSource(FirmCalendar()), Options.Create(new OnboardingOptions { EscalateAfterWorkingDays = 3 }), Options.Create(administrators));
    }

    [Fact]
    public async Task A_head_is_reminded_once_the_next_working_day_and_the_administrators_told_once_after_three_working_days()
    {
        // Thursday 26 November 2026; Friday the 27th is the next working day, Tuesday 1 December the third.
        await onboardings.StartAsync(new NewClient("7702115037", "ООО «Новые горизонты»", [1, 2], null, "С января."), new TaskActor(5001, "Сергей"), Msk("26.11.2026 15:00"), CancellationToken.None);

        var sameDay = await DueAsync("26.11.2026 17:00");
        var beforeHours = await DueAsync("27.11.2026 08:00");
        var nextDay = await DueAsync("27.11.2026 10:00");
        var laterThatDay = await DueAsync("27.11.2026 11:00");
        var weekend = await DueAsync("28.11.2026 10:00");
        var secondDay = await DueAsync("30.11.2026 10:00");
        var thirdDay = await DueAsync("01.12.2026 10:00");
        var after = await DueAsync("02.12.2026 10:00");

        Assert.Empty(sameDay);
        Assert.Empty(beforeHours);
        Assert.Equal([(HrHead, "⏰ Напоминание: клиент ждёт менеджера проекта."), (Administrator, "⏰ Напоминание: клиент ждёт менеджера проекта.")],
            nextDay.Select(m => (m.ChatId, m.Html.Split('\n')[0])));
        Assert.All(nextDay, m => Assert.Equal("pa:100:" + (m.ChatId == HrHead ? 1 : 2) + ":0", m.Keyboard!.Buttons.Single().Data));
        Assert.Empty(laterThatDay);
        Assert.Empty(weekend);
        Assert.Empty(secondDay);
        Assert.Equal(2, thirdDay.Count);
        Assert.All(thirdDay, m => Assert.Equal(Administrator, m.ChatId));
        Assert.Contains("Отдел «HR» 3 раб. дн. не назначает менеджера проекта клиента «ООО «Новые горизонты»»", thirdDay[0].Html, StringComparison.Ordinal);
        Assert.Empty(after);
    }

    [Fact]
    public async Task A_department_whose_PM_is_appointed_is_neither_reminded_nor_escalated()
    {
        onboardings.Staff[1] = [new StaffChoice(7, "Кадров Кирилл")];
        await onboardings.StartAsync(new NewClient("7702115037", "ООО «Новые горизонты»", [1, 2], null, "С января."), new TaskActor(5001, "Сергей"), Msk("26.11.2026 15:00"), CancellationToken.None);
        await onboardings.AppointAsync(100, 1, 7, "Кадры", Msk("26.11.2026 16:00"), CancellationToken.None);

        var reminded = await DueAsync("27.11.2026 10:00");
        var escalated = await DueAsync("01.12.2026 10:00");

        Assert.Equal([Administrator], reminded.Select(m => m.ChatId));
        Assert.Equal([Administrator], escalated.Select(m => m.ChatId));
        Assert.Contains("Бухгалтерия", escalated[0].Html, StringComparison.Ordinal);
    }

    private async Task<List<SendText>> DueAsync(string moment) =>
        [.. (await reminders.DueAsync(Msk(moment), CancellationToken.None)).Cast<SendText>()];
}
