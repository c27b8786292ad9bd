using Bot.Core.Deadlines;
using Result = Bot.Core.Conversations.FlowResult<Bot.Core.Conversations.RequestFormState>;

namespace Bot.Core.Conversations;

/// <summary>The request form as a table of steps: category → service → description → attachments →
/// deadline → summary. Every step has «Назад» (to the step before) and «Отмена»; each transition is pure,
/// given the company's services, the work calendar and the moment.</summary>
public static class RequestForm
{
    public const int MaxDescriptionLength = 3000;

    private static readonly Dictionary<RequestStep, RequestStep?> Previous = new()
    {
        [RequestStep.Category] = null,
        [RequestStep.Service] = RequestStep.Category,
        [RequestStep.Description] = RequestStep.Service,
        [RequestStep.Attachments] = RequestStep.Description,
        [RequestStep.Deadline] = RequestStep.Attachments,
        [RequestStep.Summary] = RequestStep.Deadline,
    };

    public static RequestFormState Start(int companyId, int revision) => new(RequestStep.Category, revision, new RequestDraft(companyId));

    public static RequestStep? Back(RequestStep step) => Previous[step];

    public static bool TakesFiles(RequestFormState state) => state.Step == RequestStep.Attachments;

    public static Result Handle(RequestFormState state, FlowInput input, RequestFormContext context)
    {
        if (input is FlowInput.Press press && press.Revision != state.Revision)
        {
            return new Result.Stale();
        }

        if ((state.Draft.ServiceCode is { } code && context.Service(code) is null)
            || (state.Draft.CategoryCode is { } category && !context.Services.Any(service => service.CategoryCode == category)))
        {
            return new Result.Ended(context.Texts.Form.ServiceGone);
        }

        return (state.Step, input) switch
        {
            (_, FlowInput.Press { Action: "cancel" }) => new Result.Ended(context.Texts.Form.Cancelled),
            (_, FlowInput.Press { Action: "back" }) when Back(state.Step) is { } back => Show(state.Go(back, state.Draft), context),
            (_, FlowInput.Press { Action: "none" }) => new Result.Refuse(""),
            (RequestStep.Category, FlowInput.Press { Action: "category" } p) => ChooseCategory(state, p.Argument, context),
            (RequestStep.Service, FlowInput.Press { Action: "service" } p) => ChooseService(state, p.Argument, context),
            (RequestStep.Description, FlowInput.Press { Action: "keep" }) => KeepDescription(state, context),
            (RequestStep.Description, FlowInput.Typed typed) => TypeDescription(state, typed.Text, context),
            (RequestStep.Attachments, FlowInput.FileTaken taken) => AddFile(state, taken, context),
            (RequestStep.Attachments, FlowInput.Press { Action: "done" }) => FinishFiles(state, context),
            (RequestStep.Deadline, FlowInput.Press { Action: "keep" }) => ChooseDeadline(state, state.Draft.Deadline, context),
            (RequestStep.Deadline, FlowInput.Press { Action: "day" } p) => ChooseDeadline(state, MonthPicker.ParseCode(p.Argument), context),
            (RequestStep.Deadline, FlowInput.Press { Action: "month" } p) => ShowMonth(state, MonthPicker.ParseCode(p.Argument), context),
            (RequestStep.Deadline, FlowInput.Typed typed) => TypedDate.Parse(typed.Text) is { } date
                ? ChooseDeadline(state, date, context)
                : new Result.Refuse(context.Texts.Form.DateMalformed(typed.Text.Trim())),
            (RequestStep.Summary, FlowInput.Press { Action: "send" }) => Send(state, context),
            (_, FlowInput.Press) => new Result.Stale(),
            (_, FlowInput.FileTaken) => new Result.Refuse(context.Texts.Form.FilesNotHere),
            _ => new Result.Refuse(context.Texts.Form.UseButtons),
        };
    }

    private static Result.Moved Show(RequestFormState next, RequestFormContext context) => new(next, RequestScreens.Render(next, context));

    private static Result ChooseCategory(RequestFormState state, string code, RequestFormContext context) =>
        context.Services.Any(service => service.CategoryCode == code)
            ? Show(state.Go(RequestStep.Service, state.Draft with { CategoryCode = code }), context)
            : new Result.Stale();

    private static Result ChooseService(RequestFormState state, string code, RequestFormContext context) =>
        context.Service(code) is { } service && service.CategoryCode == state.Draft.CategoryCode
            ? Show(state.Go(RequestStep.Description, state.Draft with { ServiceCode = code, Description = null, Files = [], Deadline = null }), context)
            : new Result.Stale();

    private static Result KeepDescription(RequestFormState state, RequestFormContext context) =>
        context.Service(state.Draft.ServiceCode)!.Description is { Length: > 0 } template
            ? Show(state.Go(RequestStep.Attachments, state.Draft with { Description = template }), context)
            : new Result.Stale();

    private static Result TypeDescription(RequestFormState state, string text, RequestFormContext context)
    {
        var description = text.Trim();
        if (description.Length == 0 || description.StartsWith('/'))
        {
            return new Result.Refuse(context.Texts.Form.UseButtons);
        }

        return description.Length > MaxDescriptionLength
            ? new Result.Refuse(context.Texts.Form.DescriptionTooLong(description.Length, MaxDescriptionLength))
            : Show(state.Go(RequestStep.Attachments, state.Draft with { Description = description }), context);
    }

    private static Result AddFile(RequestFormState state, FlowInput.FileTaken taken, RequestFormContext context)
    {
        if (state.Draft.Files.Count >= Requests.AttachmentRules.MaxFilesPerRequest)
        {
            return new Result.Refuse(context.Texts.Form.TooManyFiles(Requests.AttachmentRules.MaxFilesPerRequest));
        }

        var next = state.Stay(state.Draft with { Files = [.. state.Draft.Files, taken.File] });
        var screen = RequestScreens.Render(next, context);
        return new Result.Moved(next, screen with { Html = context.Texts.Form.FileAccepted(taken.File.Name) + "\n\n" + screen.Html });
    }

    private static Result FinishFiles(RequestFormState state, RequestFormContext context)
    {
        var service = context.Service(state.Draft.ServiceCode)!;
        if (service.FileRequired && state.Draft.Files.Count == 0)
        {
            return new Result.Refuse(context.Texts.Form.FileRequired);
        }

        var earliest = context.Earliest(service);
        var deadline = state.Draft.Deadline is { } kept && kept >= earliest ? kept : earliest;
        return Show(state.Go(RequestStep.Deadline, state.Draft with { Deadline = deadline, Month = deadline }), context);
    }

    private static Result ShowMonth(RequestFormState state, DateOnly? month, RequestFormContext context)
    {
        var today = context.Calendar.ToFirmTime(context.Now);
        var first = new DateOnly(today.Year, today.Month, 1);
        return month is { } shown && shown >= first && shown <= first.AddMonths(MonthPicker.MonthsAhead)
            ? Show(state.Stay(state.Draft with { Month = shown }), context)
            : new Result.Stale();
    }

    private static Result ChooseDeadline(RequestFormState state, DateOnly? date, RequestFormContext context)
    {
        if (date is not { } requested)
        {
            return new Result.Stale();
        }

        var texts = context.Texts;
        var today = context.Calendar.ToFirmTime(context.Now);
        var latest = new DateOnly(today.Year, today.Month, 1).AddMonths(MonthPicker.MonthsAhead + 1).AddDays(-1);
        if (requested > latest)
        {
            return new Result.Refuse(texts.Form.DeadlineTooFar(latest));
        }

        return DeadlineCheck.Check(context.Calendar, context.Service(state.Draft.ServiceCode)!.Terms, context.Now, requested) switch
        {
            DeadlineDecision.InThePast past => new Result.Refuse(texts.DeadlineInThePast(past.Earliest)),
            DeadlineDecision.TooShort tooShort => new Result.Refuse(texts.DeadlineTooShort(tooShort.MinimumWorkingDays, tooShort.Earliest)),
            _ when !context.Calendar.IsWorkingDay(requested) => new Result.Refuse(texts.Form.DayOff(requested)),
            _ => Show(state.Go(RequestStep.Summary, state.Draft with { Deadline = requested }), context),
        };
    }

    /// <summary>The deadline is checked once more at sending: a form left open overnight may no longer meet the SLA.</summary>
    private static Result Send(RequestFormState state, RequestFormContext context)
    {
        var service = context.Service(state.Draft.ServiceCode)!;
        if (DeadlineCheck.Check(context.Calendar, service.Terms, context.Now, state.Draft.Deadline!.Value) is DeadlineDecision.Accepted)
        {
            return new Result.Finish(state);
        }

        var next = state.Go(RequestStep.Deadline, state.Draft with { Deadline = context.Earliest(service), Month = context.Earliest(service) });
        var screen = RequestScreens.Render(next, context);
        return new Result.Moved(next, screen with { Html = Messaging.Html.Escape(context.Texts.Form.DeadlineChanged) + "\n\n" + screen.Html });
    }
}
