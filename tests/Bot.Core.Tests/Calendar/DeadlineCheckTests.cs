using Bot.Core.Deadlines;
using Bot.Core.Localization;
using static Bot.Core.Tests.Builders.CalendarBuilder;

namespace Bot.Core.Tests.Calendar;

public sealed class DeadlineCheckTests
{
    private static readonly ServiceTerms Hiring = new(PlannedWorkingDays: 1, HardWorkingDays: 3);

    [Fact]
    public void Deadline_shorter_than_sla_is_refused_with_minimum_date()
    {
        var decision = DeadlineCheck.Check(FirmCalendar(), Hiring, Msk("30.12.2025 10:00"), Day("31.12.2025"));

        var refused = Assert.IsType<DeadlineDecision.TooShort>(decision);
        Assert.Equal(
            "Указан срок меньше допустимого по регламенту (1 рабочий день). Самый ранний возможный срок — 12.01.2026.",
            Texts.For("ru").DeadlineTooShort(refused.MinimumWorkingDays, refused.Earliest));
        Assert.Equal(
            "The deadline is shorter than the service's regulations allow (1 working day). The earliest possible deadline is 12 Jan 2026.",
            Texts.For("en").DeadlineTooShort(refused.MinimumWorkingDays, refused.Earliest));
    }

    [Fact]
    public void The_planned_term_is_offered_and_accepted_and_the_hard_deadline_is_later()
    {
        var filed = Msk("27.11.2026 19:00");
        var calendar = FirmCalendar();

        var offered = DeadlineCheck.DefaultDeadline(calendar, Hiring, filed);

        Assert.Equal(Day("01.12.2026"), offered);
        Assert.Equal(new DeadlineDecision.Accepted(offered), DeadlineCheck.Check(calendar, Hiring, filed, offered));
        Assert.Equal(Day("03.12.2026"), DeadlineCheck.HardDeadline(calendar, Hiring, filed));
    }

    [Fact]
    public void A_date_in_the_past_is_refused_as_such()
    {
        var decision = DeadlineCheck.Check(FirmCalendar(), Hiring, Msk("27.11.2026 12:00"), Day("20.11.2026"));

        Assert.Equal(new DeadlineDecision.InThePast(Day("30.11.2026")), decision);
    }
}
