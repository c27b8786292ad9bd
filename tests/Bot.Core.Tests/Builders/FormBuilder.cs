using Bot.Core.Catalog;
using Bot.Core.Conversations;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;

namespace Bot.Core.Tests.Builders;

/// <summary>The request form's context and inputs: a company with a few services, the shipped calendars,
/// and the moment Monday 30 Nov 2026 12:00 in Moscow.</summary>
internal static class FormBuilder
{
    public static readonly DateTimeOffset Monday = CalendarBuilder.Msk("30.11.2026 12:00");

    public static readonly CompanyService Usn = new("accounting", "Бухгалтерия", "usn", "Декларация УСН", "Подготовить и сдать декларацию.", 5, 10, true, "ivanova");

    public static readonly CompanyService Dismissal = new("hr", "Кадры", "dismissal", "Увольнение сотрудника", "", 1, 3, true, "ivanova", FileRequired: true);

    public static RequestFormContext Context(DateTimeOffset? now = null, string language = "ru") =>
        new("ООО «Ромашка»", [Dismissal, Usn], CalendarBuilder.FirmCalendar(now: now ?? Monday), now ?? Monday, Texts.For(language));

    public static FlowInput.Press Press(RequestFormState state, string action, string argument = "") => new(state.Revision, action, argument);

    public static FlowInput.FileTaken File(string name, FileKind kind = FileKind.Document) => new(new DraftFile(name.Length, name, 1000, kind));

    /// <summary>The form advanced to <paramref name="step"/> for the УСН declaration by the usual presses.</summary>
    public static RequestFormState At(RequestStep step, RequestFormContext? context = null)
    {
        var ctx = context ?? Context();
        var state = RequestForm.Start(1, revision: 1);
        var path = new (RequestStep Step, Func<RequestFormState, FlowInput> Input)[]
        {
            (RequestStep.Service, s => Press(s, "category", "accounting")),
            (RequestStep.Description, s => Press(s, "service", "usn")),
            (RequestStep.Attachments, s => Press(s, "keep")),
            (RequestStep.Deadline, s => Press(s, "done")),
            (RequestStep.Summary, s => Press(s, "keep")),
        };
        foreach (var (target, input) in path)
        {
            if (state.Step == step)
            {
                break;
            }

            state = Moved(RequestForm.Handle(state, input(state), ctx));
            Assert.Equal(target, state.Step);
        }

        return state;
    }

    public static RequestFormState Moved(FlowResult<RequestFormState> result) =>
        Assert.IsType<FlowResult<RequestFormState>.Moved>(result).State;

    public static string Refused(FlowResult<RequestFormState> result) =>
        Assert.IsType<FlowResult<RequestFormState>.Refuse>(result).Notice;
}
