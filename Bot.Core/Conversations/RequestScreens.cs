using Bot.Core.Messaging;

namespace Bot.Core.Conversations;

/// <summary>What each step of the request form shows. Buttons carry the step's revision.</summary>
public static class RequestScreens
{
    public static Screen Render(RequestFormState state, RequestFormContext context)
    {
        var draft = state.Draft;
        var texts = context.Texts;
        var form = texts.Form;
        var service = context.Service(draft.ServiceCode);
        return state.Step switch
        {
            RequestStep.Category => new Screen(
                texts.ChooseCategory(context.CompanyName),
                Keys(state, RequestStep.Category, context, context.Services.DistinctBy(s => s.CategoryCode)
                    .Select(s => Row(FlowButton.Of(s.CategoryTitle, state.Revision, "category", s.CategoryCode))))),
            RequestStep.Service => ServiceScreen(state, context),
            RequestStep.Description => new Screen(
                form.Description(service!.Title, service.Description),
                Keys(state, RequestStep.Description, context, service.Description.Length == 0 ? [] : [Row(FlowButton.Of(form.KeepDescriptionButton, state.Revision, "keep"))])),
            RequestStep.Attachments => new Screen(
                form.Attachments(service!.Title, draft.Files, service.FileRequired),
                Keys(state, RequestStep.Attachments, context, [Row(FlowButton.Of(draft.Files.Count == 0 && !service.FileRequired ? form.NoFilesButton : form.DoneButton, state.Revision, "done"))])),
            RequestStep.Deadline => DeadlineScreen(state, context),
            _ => new Screen(
                form.Summary(service!.Title, draft.Description!, draft.Files, draft.Deadline!.Value, context.Earliest(service), context.HardDue(service)),
                Keys(state, RequestStep.Summary, context, [Row(FlowButton.Of(form.SendButton, state.Revision, "send"))])),
        };
    }

    private static Screen ServiceScreen(RequestFormState state, RequestFormContext context)
    {
        var services = context.Services.Where(service => service.CategoryCode == state.Draft.CategoryCode).ToList();
        return new Screen(
            context.Texts.ServicesOfCategory(services[0].CategoryTitle, services) + "\n\n" + context.Texts.Form.ChooseService,
            Keys(state, RequestStep.Service, context, services.Select(service => Row(FlowButton.Of(service.Title, state.Revision, "service", service.Code)))));
    }

    private static Screen DeadlineScreen(RequestFormState state, RequestFormContext context)
    {
        var service = context.Service(state.Draft.ServiceCode)!;
        var deadline = state.Draft.Deadline!.Value;
        var earliest = context.Earliest(service);
        var form = context.Texts.Form;
        var today = DateOnly.FromDateTime(context.Calendar.ToFirmTime(context.Now).DateTime);
        var picker = MonthPicker.Rows(state.Draft.Month ?? deadline, today, deadline, context.Calendar, state.Revision, form);
        return new Screen(
            form.Deadline(service.Title, earliest, service.PlannedDays, context.HardDue(service), deadline),
            Keys(state, RequestStep.Deadline, context, [.. picker, Row(FlowButton.Of(form.KeepDeadlineButton(deadline), state.Revision, "keep"))]));
    }

    /// <summary>The step's own rows, then «Назад» (where there is a step before) and «Отмена».</summary>
    private static Keyboard Keys(RequestFormState state, RequestStep step, RequestFormContext context, IEnumerable<IReadOnlyList<Button>> rows)
    {
        var last = new List<Button>();
        if (RequestForm.Back(step) is not null)
        {
            last.Add(FlowButton.Of(context.Texts.BackButton, state.Revision, "back"));
        }

        last.Add(FlowButton.Of(context.Texts.Form.CancelButton, state.Revision, "cancel"));
        return Keyboard.Of([.. rows, last]);
    }

    private static IReadOnlyList<Button> Row(Button button) => [button];
}
