using System.Globalization;
using Bot.Core.Access;
using Bot.Core.Agenda;
using Bot.Core.Calendar;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Conversations;

/// <summary>Staff add an agreed event to a company's calendar (title, date and optional time, once or monthly, a note)
/// or move one; the company's employees are told either way. Every step re-checks that the staff member serves the company.</summary>
public sealed class EventFormRunner(
    IConversationStore store, IAgreedEvents events, EventNotices notices, CalendarAccess access, IClientCompanies companies, IWorkCalendarSource calendars, TimeProvider time)
{
    public const int MaxTitle = 200;

    public const int MaxNote = 1000;

    public async Task<IReadOnlyList<Outgoing>> StartAsync(IncomingButton press, Caller caller, int companyId, AgreedEvent? moving, CancellationToken cancellationToken)
    {
        var state = new EventFormState(await store.FirstRevisionAsync(caller.User.Id, press.ChatId, cancellationToken), companyId, moving?.Id);
        await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        var texts = caller.Texts;
        var html = moving is null
            ? texts.Calendar.TitlePrompt(await companies.NameOfAsync(companyId, cancellationToken))
            : texts.Calendar.MovePrompt(texts.Calendar.EventLine(moving));
        return [new AnswerButton(press.CallbackId), new SendText(press.ChatId, html, Keyboard.Of([Cancel(state, texts)]))];
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, EventFormState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var allowed = access.MayManage(caller, state.CompanyId) && await companies.IsActiveAsync(state.CompanyId, cancellationToken);
        var (stop, press) = await FlowGate.EnterAsync(store, input, caller, state.Revision, allowed, cancellationToken);
        if (stop is not null)
        {
            return stop;
        }

        var calendar = await calendars.CurrentAsync(cancellationToken);
        var words = texts.Calendar;
        switch (state.Step, input)
        {
            case ("title", IncomingText text) when !string.IsNullOrWhiteSpace(text.Text):
                return text.Text.Trim().Length > MaxTitle
                    ? Say(input, words.TooLong(MaxTitle), state, texts)
                    : await MoveAsync(input, caller, state with { Title = text.Text.Trim() }, new Screen(Html.Escape(words.DatePrompt), Keyboard.Of([Cancel(state, texts)])), cancellationToken);
            case ("date", IncomingText text):
                if (ParseMoment(text.Text) is not var (date, at))
                {
                    return Say(input, words.BadDate, state, texts);
                }

                if (date < calendar.Today)
                {
                    return Say(input, words.PastDate, state, texts);
                }

                return state.MoveEventId is { } moving
                    ? await MoveEventAsync(input, caller, state, moving, date, at, calendar, cancellationToken)
                    : await MoveAsync(input, caller, state with { Date = date, At = at }, RepeatScreen(date, state, calendar, texts), cancellationToken);
            case ("repeat", IncomingButton) when press!.Action is "once" or "day" or "wday":
                var repeat = press.Action switch { "day" => EventRepeat.MonthlyDay, "wday" => EventRepeat.MonthlyWorkingDay, _ => EventRepeat.Once };
                var number = repeat switch { EventRepeat.MonthlyDay => state.Date!.Value.Day, EventRepeat.MonthlyWorkingDay => EventOccurrences.WorkingDayNumber(state.Date!.Value, calendar), _ => 0 };
                if (repeat == EventRepeat.MonthlyWorkingDay && number == 0)
                {
                    return FlowReplies.Stale(input, texts);
                }

                return await MoveAsync(input, caller, state with { Repeat = repeat, RepeatNumber = number },
                    new Screen(Html.Escape(words.NotePrompt), Keyboard.Of([FlowButton.Of(words.NoNoteButton, state.Revision, "nonote")], [Cancel(state, texts)])), cancellationToken);
            case ("note", IncomingText text) when !string.IsNullOrWhiteSpace(text.Text):
                return text.Text.Trim().Length > MaxNote
                    ? Say(input, words.TooLong(MaxNote), state, texts)
                    : await ConfirmAsync(input, caller, state with { Note = text.Text.Trim() }, cancellationToken);
            case ("note", IncomingButton) when press!.Action == "nonote":
                return await ConfirmAsync(input, caller, state with { Note = "" }, cancellationToken);
            case ("confirm", IncomingButton) when press!.Action == "create":
                return await CreateAsync(input, caller, state, cancellationToken);
            default:
                return input is IncomingButton ? FlowReplies.Stale(input, texts) : Say(input, texts.Form.UseButtons, state, texts);
        }
    }

    /// <summary>ДД.ММ.ГГГГ, optionally followed by ЧЧ:ММ.</summary>
    public static (DateOnly Date, TimeOnly? At)? ParseMoment(string text)
    {
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2 || TypedDate.Parse(parts[0]) is not { } date)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return (date, null);
        }

        return TimeOnly.TryParseExact(parts[1], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? (date, at) : null;
    }

    private static Screen RepeatScreen(DateOnly date, EventFormState state, WorkCalendar calendar, Texts texts)
    {
        var words = texts.Calendar;
        var workingDay = EventOccurrences.WorkingDayNumber(date, calendar);
        List<Button> monthly = workingDay > 0
            ? [FlowButton.Of(words.MonthlyDayButton(date.Day), state.Revision, "day"), FlowButton.Of(words.MonthlyWorkingDayButton(workingDay), state.Revision, "wday")]
            : [FlowButton.Of(words.MonthlyDayButton(date.Day), state.Revision, "day")];
        return new Screen(Html.Escape(words.RepeatPrompt), Keyboard.Of([FlowButton.Of(words.OnceButton, state.Revision, "once")], monthly, [Cancel(state, texts)]));
    }

    private async Task<IReadOnlyList<Outgoing>> ConfirmAsync(Incoming input, Caller caller, EventFormState state, CancellationToken cancellationToken)
    {
        var words = caller.Texts.Calendar;
        var name = await companies.NameOfAsync(state.CompanyId, cancellationToken);
        var keys = Keyboard.Of([FlowButton.Of(words.CreateButton, state.Revision, "create")], [Cancel(state, caller.Texts)]);
        return await MoveAsync(input, caller, state, new Screen(words.Summary(name, words.EventLine(Draft(state, caller))), keys), cancellationToken);
    }

    private async Task<IReadOnlyList<Outgoing>> CreateAsync(Incoming input, Caller caller, EventFormState state, CancellationToken cancellationToken)
    {
        await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
        var draft = Draft(state, caller);
        var id = await events.CreateAsync(draft, caller.User.Id, time.GetUtcNow(), cancellationToken);
        var name = await companies.NameOfAsync(state.CompanyId, cancellationToken);
        var told = await notices.ToEmployeesAsync(state.CompanyId, t => t.NewEventNotice(name, t.EventLine(draft with { Id = id })), cancellationToken);
        var words = caller.Texts.Calendar;
        var back = Keyboard.Of([CalendarButtons.Of(words.CalendarButton, 'v', state.CompanyId)]);
        return [.. FlowReplies.End(input, words.Created(name, words.EventLine(draft), told.Count), back), .. told];
    }

    private async Task<IReadOnlyList<Outgoing>> MoveEventAsync(
        Incoming input, Caller caller, EventFormState state, long eventId, DateOnly date, TimeOnly? at, WorkCalendar calendar, CancellationToken cancellationToken)
    {
        var agreed = await events.FindAsync(eventId, cancellationToken);
        await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
        if (agreed is null || agreed.CompanyId != state.CompanyId)
        {
            return FlowReplies.End(input, Html.Escape(caller.Texts.StaleButton), null);
        }

        var number = agreed.Repeat switch
        {
            EventRepeat.MonthlyDay => date.Day,
            EventRepeat.MonthlyWorkingDay when EventOccurrences.WorkingDayNumber(date, calendar) is > 0 and var n => n,
            _ => agreed.RepeatNumber,
        };
        await events.MoveAsync(eventId, date, at, number, time.GetUtcNow(), cancellationToken);
        var moved = agreed with { StartsOn = date, At = at, RepeatNumber = number };
        var name = await companies.NameOfAsync(state.CompanyId, cancellationToken);
        var told = await notices.ToEmployeesAsync(state.CompanyId, t => t.MovedEventNotice(name, t.EventLine(moved)), cancellationToken);
        var words = caller.Texts.Calendar;
        return [.. FlowReplies.End(input, words.Moved(words.EventLine(moved), told.Count), Keyboard.Of([CalendarButtons.Of(words.CalendarButton, 'v', state.CompanyId)])), .. told];
    }

    private static AgreedEvent Draft(EventFormState state, Caller caller) =>
        new(0, state.CompanyId, state.Title!, state.Note ?? "", state.Date!.Value, state.At, state.Repeat!.Value, state.RepeatNumber, 1, caller.User.FirstName);

    private async Task<IReadOnlyList<Outgoing>> MoveAsync(Incoming input, Caller caller, EventFormState state, Screen screen, CancellationToken cancellationToken)
    {
        await store.SaveAsync(caller.User.Id, input.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        return FlowReplies.Show(input, screen);
    }

    private static List<Outgoing> Say(Incoming input, string text, EventFormState state, Texts texts) =>
        [new SendText(input.ChatId, Html.Escape(text), Keyboard.Of([Cancel(state, texts)]))];

    private static Button Cancel(EventFormState state, Texts texts) => FlowButton.Of(texts.Form.CancelButton, state.Revision, "cancel");
}
