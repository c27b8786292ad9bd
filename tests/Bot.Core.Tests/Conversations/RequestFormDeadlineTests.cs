using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.FormBuilder;
using Result = Bot.Core.Conversations.FlowResult<Bot.Core.Conversations.RequestFormState>;

namespace Bot.Core.Tests.Conversations;

/// <summary>The request form's deadline step: the SLA, past, malformed and day-off dates, and a form sent late.</summary>
public sealed class RequestFormDeadlineTests
{
    private readonly RequestFormContext context = Context();

    [Fact]
    public void A_deadline_shorter_than_the_sla_is_refused_with_the_earliest_date()
    {
        var state = At(RequestStep.Deadline);

        var typed = Refused(RequestForm.Handle(state, new FlowInput.Typed("03.12.2026"), context));
        var pressed = Refused(RequestForm.Handle(state, Press(state, "day", "20261204"), context));

        Assert.Equal("Указан срок меньше допустимого по регламенту (5 рабочих дней). Самый ранний возможный срок — 07.12.2026.", typed);
        Assert.Equal(typed, pressed);
    }

    [Theory]
    [InlineData("29.11.2026", "Эта дата уже прошла. Самый ранний возможный срок — 07.12.2026.")]
    [InlineData("31.13.2026", "Не понял дату «31.13.2026». Напишите её так: 25.12.2026.")]
    [InlineData("завтра", "Не понял дату «завтра». Напишите её так: 25.12.2026.")]
    [InlineData("12.12.2026", "12.12.2026 — нерабочий день. Выберите рабочий день.")]
    [InlineData("01.12.2028", "Срок можно указать не позднее 30.11.2028.")]
    [InlineData("31.12.9999", "Срок можно указать не позднее 30.11.2028.")]
    public void A_past_malformed_day_off_or_too_distant_date_gets_a_clear_message(string typed, string expected)
    {
        var state = At(RequestStep.Deadline);

        Assert.Equal(expected, Refused(RequestForm.Handle(state, new FlowInput.Typed(typed), context)));
    }

    [Fact]
    public void The_deadline_is_offered_from_the_sla_and_kept_with_one_button()
    {
        var state = At(RequestStep.Deadline);

        var summary = Moved(RequestForm.Handle(state, Press(state, "keep"), context));

        Assert.Equal(new DateOnly(2026, 12, 7), state.Draft.Deadline);
        Assert.Equal(new DateOnly(2026, 12, 7), summary.Draft.Deadline);
    }

    [Fact]
    public void A_form_sent_days_later_whose_deadline_no_longer_meets_the_sla_goes_back_to_the_deadline()
    {
        var summary = At(RequestStep.Summary);
        var later = Context(CalendarBuilder.Msk("02.12.2026 10:00"));

        var result = Assert.IsType<Result.Moved>(RequestForm.Handle(summary, Press(summary, "send"), later));

        Assert.Equal(RequestStep.Deadline, result.State.Step);
        Assert.Equal(new DateOnly(2026, 12, 9), result.State.Draft.Deadline);
        Assert.StartsWith("Пока заявка ждала отправки", result.Screen.Html, StringComparison.Ordinal);
    }
}
