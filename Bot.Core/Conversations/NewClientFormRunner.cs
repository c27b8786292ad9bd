using System.Globalization;
using Bot.Core.Access;
using Bot.Core.Firm;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Onboarding;
using Bot.Core.Requests;
using Bot.Core.Routing;

namespace Bot.Core.Conversations;

/// <summary>«Новый клиент» (staff and administrators): ИНН with its check digits (one already known is refused with the
/// company's name), the name, the departments that will serve it, whose PM is the main one, a summary and «Создать». The
/// company exists at once, «Подключается», and each department's head gets the card.</summary>
public sealed class NewClientFormRunner(IConversationStore store, IOnboardings onboardings, ClientOnboarding onboarding, AccessPolicy access, TimeProvider time)
{
    public const int MaxName = 200;

    public const int MaxSummary = 1000;

    public async Task<IReadOnlyList<Outgoing>> StartAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!MayStart(caller))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
        }

        var state = new NewClientFormState(await store.FirstRevisionAsync(caller.User.Id, press.ChatId, cancellationToken));
        await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        return [new AnswerButton(press.CallbackId), new SendText(press.ChatId, Html.Escape(caller.Texts.Onboarding.InnPrompt), Keyboard.Of([Cancel(state, caller.Texts)]))];
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, NewClientFormState state, CancellationToken cancellationToken)
    {
        var (stop, press) = await FlowGate.EnterAsync(store, input, caller, state.Revision, MayStart(caller), cancellationToken);
        if (stop is not null)
        {
            return stop;
        }

        var texts = caller.Texts;
        var words = texts.Onboarding;
        var departments = await onboardings.DepartmentsAsync(cancellationToken);
        switch (state.Step, input)
        {
            case ("inn", IncomingText text):
                var inn = text.Text.Trim();
                if (!Inn.IsValid(inn))
                {
                    return Say(input, words.BadInn, state, texts);
                }

                return await onboardings.CompanyNameByInnAsync(inn, cancellationToken) is { } known
                    ? Say(input, words.KnownInn(known), state, texts)
                    : await MoveAsync(input, caller, state with { Inn = inn }, new Screen(Html.Escape(words.NamePrompt), Keyboard.Of([Cancel(state, texts)])), cancellationToken);
            case ("name", IncomingText text) when !string.IsNullOrWhiteSpace(text.Text):
                return text.Text.Trim().Length > MaxName
                    ? Say(input, words.TooLong(MaxName), state, texts)
                    : await MoveAsync(input, caller, state with { Name = text.Text.Trim(), Departments = [] }, DepartmentsScreen(state, [], departments, texts), cancellationToken);
            case ("departments", IncomingButton) when press!.Action == "d" && Id(press.Argument) is { } id && departments.Any(d => d.Id == id):
                var ticked = state.Departments ?? [];
                int[] chosen = ticked.Contains(id) ? [.. ticked.Where(d => d != id)] : [.. ticked, id];
                return await MoveAsync(input, caller, state with { Departments = chosen }, DepartmentsScreen(state, chosen, departments, texts), cancellationToken);
            case ("departments", IncomingButton) when press!.Action == "next":
                if (state.Departments is not { Length: > 0 } picked)
                {
                    return FlowReplies.Refuse(input, words.NoDepartment, DepartmentsScreen(state, [], departments, texts));
                }

                return picked.Length == 1
                    ? await MoveAsync(input, caller, state with { DepartmentsChosen = true, MainDepartmentId = picked[0] }, SummaryScreen(state, texts), cancellationToken)
                    : await MoveAsync(input, caller, state with { DepartmentsChosen = true }, MainScreen(state, picked, departments, texts), cancellationToken);
            case ("main", IncomingButton) when press!.Action == "main" && Id(press.Argument) is { } main && (main == 0 || state.Departments!.Contains(main)):
                return await MoveAsync(input, caller, state with { MainDepartmentId = main }, SummaryScreen(state, texts), cancellationToken);
            case ("summary", IncomingText text) when !string.IsNullOrWhiteSpace(text.Text):
                if (text.Text.Trim().Length > MaxSummary)
                {
                    return Say(input, words.TooLong(MaxSummary), state, texts);
                }

                var complete = state with { Summary = text.Text.Trim() };
                var summary = words.Confirm(complete.Inn!, complete.Name!, Names(complete.Departments!, departments), MainName(complete, departments), complete.Summary);
                return await MoveAsync(input, caller, complete, new Screen(summary, Keyboard.Of([FlowButton.Of(words.CreateButton, state.Revision, "create")], [Cancel(state, texts)])), cancellationToken);
            case ("confirm", IncomingButton) when press!.Action == "create":
                return await CreateAsync(input, caller, state, cancellationToken);
            default:
                return input is IncomingButton ? FlowReplies.Stale(input, texts) : Say(input, texts.Form.UseButtons, state, texts);
        }
    }

    private async Task<IReadOnlyList<Outgoing>> CreateAsync(Incoming input, Caller caller, NewClientFormState state, CancellationToken cancellationToken)
    {
        await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
        var words = caller.Texts.Onboarding;
        if (await onboardings.CompanyNameByInnAsync(state.Inn!, cancellationToken) is { } known)
        {
            return FlowReplies.End(input, Html.Escape(words.KnownInn(known)), null);
        }

        var client = new NewClient(state.Inn!, state.Name!, state.Departments!, state.MainDepartmentId is > 0 ? state.MainDepartmentId : null, state.Summary!);
        var (_, cards) = await onboarding.StartAsync(client, new TaskActor(caller.User.Id, caller.User.FirstName), time.GetUtcNow(), cancellationToken);
        return [.. FlowReplies.End(input, words.Created(state.Name!, cards.Count), null), .. cards];
    }

    private static Screen DepartmentsScreen(NewClientFormState state, int[] chosen, IReadOnlyList<ServingDepartment> departments, Texts texts) =>
        new(Html.Escape(texts.Onboarding.DepartmentsPrompt), Keyboard.Of(
            [.. departments.Select(d => (IReadOnlyList<Button>)[FlowButton.Of(texts.Onboarding.DepartmentToggle(d.Name, chosen.Contains(d.Id)), state.Revision, "d", Number(d.Id))]),
             [FlowButton.Of(texts.Onboarding.NextButton, state.Revision, "next")],
             [Cancel(state, texts)]]));

    private static Screen MainScreen(NewClientFormState state, int[] chosen, IReadOnlyList<ServingDepartment> departments, Texts texts) =>
        new(Html.Escape(texts.Onboarding.MainPrompt), Keyboard.Of(
            [.. departments.Where(d => chosen.Contains(d.Id)).Select(d => (IReadOnlyList<Button>)[FlowButton.Of(d.Name, state.Revision, "main", Number(d.Id))]),
             [FlowButton.Of(texts.Onboarding.FirstAppointedButton, state.Revision, "main", "0")],
             [Cancel(state, texts)]]));

    private static Screen SummaryScreen(NewClientFormState state, Texts texts) =>
        new(Html.Escape(texts.Onboarding.SummaryPrompt), Keyboard.Of([Cancel(state, texts)]));

    private static string[] Names(int[] ids, IReadOnlyList<ServingDepartment> departments) =>
        [.. departments.Where(d => ids.Contains(d.Id)).Select(d => d.Name)];

    private static string? MainName(NewClientFormState state, IReadOnlyList<ServingDepartment> departments) =>
        state.Departments!.Length > 1 ? departments.FirstOrDefault(d => d.Id == state.MainDepartmentId)?.Name : null;

    private bool MayStart(Caller caller) => access.Allows(caller.User.Id, caller.Identity, AccessAction.StartOnboarding, new AccessTarget.Firm());

    private async Task<IReadOnlyList<Outgoing>> MoveAsync(Incoming input, Caller caller, NewClientFormState state, Screen screen, CancellationToken cancellationToken)
    {
        await store.SaveAsync(caller.User.Id, input.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        return FlowReplies.Show(input, screen);
    }

    private static List<Outgoing> Say(Incoming input, string text, NewClientFormState state, Texts texts) =>
        [new SendText(input.ChatId, Html.Escape(text), Keyboard.Of([Cancel(state, texts)]))];

    private static Button Cancel(NewClientFormState state, Texts texts) => FlowButton.Of(texts.Form.CancelButton, state.Revision, "cancel");

    private static int? Id(string argument) => int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string Number(int id) => id.ToString(CultureInfo.InvariantCulture);
}
