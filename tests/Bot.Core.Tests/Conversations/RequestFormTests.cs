using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.FormBuilder;
using Result = Bot.Core.Conversations.FlowResult<Bot.Core.Conversations.RequestFormState>;

namespace Bot.Core.Tests.Conversations;

/// <summary>The request form's step table, transition by transition.</summary>
public sealed class RequestFormTests
{
    private readonly RequestFormContext context = Context();

    [Fact]
    public void The_happy_path_walks_every_step_and_the_summary_sends_what_was_chosen()
    {
        var state = RequestForm.Start(1, revision: 1);
        var categories = RequestScreens.Render(state, context);
        state = Moved(RequestForm.Handle(state, Press(state, "category", "accounting"), context));
        var services = RequestScreens.Render(state, context);
        state = Moved(RequestForm.Handle(state, Press(state, "service", "usn"), context));
        state = Moved(RequestForm.Handle(state, new FlowInput.Typed("  Декларация за 2026 год  "), context));
        state = Moved(RequestForm.Handle(state, File("выписка.pdf"), context));
        state = Moved(RequestForm.Handle(state, File("photo_12.jpg", FileKind.Photo), context));
        state = Moved(RequestForm.Handle(state, Press(state, "done"), context));
        var deadline = RequestScreens.Render(state, context);
        state = Moved(RequestForm.Handle(state, new FlowInput.Typed("9.12.2026"), context));
        var summary = RequestScreens.Render(state, context);
        var sent = Assert.IsType<Result.Finish>(RequestForm.Handle(state, Press(state, "send"), context));

        Assert.Equal(["Кадры", "Бухгалтерия", "Отмена"], categories.Keyboard.Rows.Select(row => row[0].Text));
        Assert.Contains("Декларация УСН</b> — срок 5 рабочих дней, не позднее 10 рабочих дней", services.Html, StringComparison.Ordinal);
        Assert.Equal(["Декларация УСН", "« Назад"], services.Keyboard.Rows.Select(row => row[0].Text));
        Assert.Contains("Срок исполнения: <b>07.12.2026</b>", deadline.Html, StringComparison.Ordinal);
        Assert.Contains("не позднее 14.12.2026", deadline.Html, StringComparison.Ordinal);
        Assert.Contains("Описание: Декларация за 2026 год", summary.Html, StringComparison.Ordinal);
        Assert.Contains("Файлы: выписка.pdf, photo_12.jpg", summary.Html, StringComparison.Ordinal);
        Assert.Contains("Срок: <b>09.12.2026</b>", summary.Html, StringComparison.Ordinal);
        Assert.Equal(new RequestDraft(1) { CategoryCode = "accounting", ServiceCode = "usn", Description = "Декларация за 2026 год", Deadline = new DateOnly(2026, 12, 9) },
            sent.State.Draft with { Files = [], Month = null });
        Assert.Equal(2, sent.State.Draft.Files.Count);
    }

    [Fact]
    public void The_template_description_is_kept_with_one_button()
    {
        var state = Moved(RequestForm.Handle(At(RequestStep.Description), Press(At(RequestStep.Description), "keep"), context));

        Assert.Equal("Подготовить и сдать декларацию.", state.Draft.Description);
        Assert.Equal(RequestStep.Attachments, state.Step);
    }

    [Theory]
    [InlineData(RequestStep.Service, RequestStep.Category)]
    [InlineData(RequestStep.Description, RequestStep.Service)]
    [InlineData(RequestStep.Attachments, RequestStep.Description)]
    [InlineData(RequestStep.Deadline, RequestStep.Attachments)]
    [InlineData(RequestStep.Summary, RequestStep.Deadline)]
    public void Back_returns_to_the_step_before_and_keeps_what_was_filled_in(RequestStep from, RequestStep to)
    {
        var state = At(from);

        var back = Moved(RequestForm.Handle(state, Press(state, "back"), context));

        Assert.Equal(to, back.Step);
        Assert.Equal(state.Draft, back.Draft);
        Assert.True(back.Revision > state.Revision);
    }

    [Theory]
    [InlineData(RequestStep.Category)]
    [InlineData(RequestStep.Service)]
    [InlineData(RequestStep.Description)]
    [InlineData(RequestStep.Attachments)]
    [InlineData(RequestStep.Deadline)]
    [InlineData(RequestStep.Summary)]
    public void Cancel_ends_the_form_from_every_step_and_every_screen_offers_it(RequestStep step)
    {
        var state = At(step);

        var ended = Assert.IsType<Result.Ended>(RequestForm.Handle(state, Press(state, "cancel"), context));

        Assert.Equal("Заявка отменена, ничего не отправлено.", ended.Html);
        Assert.Equal("Отмена", RequestScreens.Render(state, context).Keyboard.Rows[^1][^1].Text);
    }

    [Fact]
    public void A_button_of_an_earlier_step_is_stale_and_changes_nothing()
    {
        var service = At(RequestStep.Service);
        var description = At(RequestStep.Description);

        Assert.IsType<Result.Stale>(RequestForm.Handle(description, Press(service, "service", "usn"), context));
        Assert.IsType<Result.Stale>(RequestForm.Handle(description, Press(service, "cancel"), context));
        Assert.IsType<Result.Stale>(RequestForm.Handle(description, Press(description, "send"), context));
    }

    [Fact]
    public void A_forged_category_or_a_service_of_another_category_is_stale()
    {
        var start = RequestForm.Start(1, revision: 1);
        var service = At(RequestStep.Service);

        Assert.IsType<Result.Stale>(RequestForm.Handle(start, Press(start, "category", "payroll"), context));
        Assert.IsType<Result.Stale>(RequestForm.Handle(service, Press(service, "service", "dismissal"), context));
    }

    [Fact]
    public void A_required_file_must_be_attached_before_going_on()
    {
        var state = RequestForm.Start(1, revision: 1);
        state = Moved(RequestForm.Handle(state, Press(state, "category", "hr"), context));
        state = Moved(RequestForm.Handle(state, Press(state, "service", "dismissal"), context));
        state = Moved(RequestForm.Handle(state, new FlowInput.Typed("Уволить Петрова с 15.12"), context));

        var refused = Refused(RequestForm.Handle(state, Press(state, "done"), context));
        var withFile = Moved(RequestForm.Handle(state, File("заявление.pdf"), context));

        Assert.Equal("Для этой услуги нужен хотя бы один файл: пришлите фото или документ.", refused);
        Assert.Equal(RequestStep.Deadline, Moved(RequestForm.Handle(withFile, Press(withFile, "done"), context)).Step);
    }

    [Fact]
    public void Text_where_buttons_are_expected_and_a_too_long_description_are_refused()
    {
        var category = RequestForm.Start(1, revision: 1);
        var description = At(RequestStep.Description);

        Assert.Equal("Пожалуйста, воспользуйтесь кнопками под сообщением. Отменить заявку: /cancel.", Refused(RequestForm.Handle(category, new FlowInput.Typed("УСН"), context)));
        Assert.StartsWith("Описание слишком длинное: 3001 знаков", Refused(RequestForm.Handle(description, new FlowInput.Typed(new string('я', 3001)), context)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_switched_off_meanwhile_ends_the_form()
    {
        var state = At(RequestStep.Attachments);
        var withoutUsn = context with { Services = [Dismissal] };

        var ended = Assert.IsType<Result.Ended>(RequestForm.Handle(state, Press(state, "done"), withoutUsn));

        Assert.StartsWith("Эта услуга больше не подключена", ended.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_emptied_meanwhile_ends_the_form_instead_of_showing_an_empty_list()
    {
        var state = At(RequestStep.Service);

        var ended = Assert.IsType<Result.Ended>(RequestForm.Handle(state, new FlowInput.Typed("УСН"), context with { Services = [Dismissal] }));

        Assert.StartsWith("Эта услуга больше не подключена", ended.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_state_survives_being_stored_and_read_back()
    {
        var state = Moved(RequestForm.Handle(At(RequestStep.Attachments), File("акт.pdf"), context));

        var stored = state.ToStored();
        var restored = RequestFormState.FromStored(stored);

        Assert.Equal(state.Step, restored.Step);
        Assert.Equal(state.Revision, restored.Revision);
        Assert.Equal(state.Draft with { Files = [] }, restored.Draft with { Files = [] });
        Assert.Equal(state.Draft.Files, restored.Draft.Files);
    }
}
