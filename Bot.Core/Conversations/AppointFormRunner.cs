using Bot.Core.Access;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Onboarding;
using Bot.Core.Routing;

namespace Bot.Core.Conversations;

/// <summary>The last step of a head's card: the project's name (the default kept with a press, or typed), then the PM is
/// appointed. The head's right over the department is checked again at every step.</summary>
public sealed class AppointFormRunner(IConversationStore store, IOnboardings onboardings, ClientOnboarding onboarding, AccessPolicy access, TimeProvider time)
{
    public const int MaxName = 200;

    public async Task<IReadOnlyList<Outgoing>> StartAsync(IncomingButton press, Caller caller, OnboardingStep step, StaffChoice pm, CancellationToken cancellationToken)
    {
        var state = new AppointFormState(await store.FirstRevisionAsync(caller.User.Id, press.ChatId, cancellationToken), step.CompanyId, step.DepartmentId, pm.StaffId);
        await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        return FlowReplies.Show(press, NameScreen(state, step, pm, caller.Texts));
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, AppointFormState state, CancellationToken cancellationToken)
    {
        var allowed = access.Allows(caller.User.Id, caller.Identity, AccessAction.AppointPm, new AccessTarget.Department(state.DepartmentId));
        var (stop, press) = await FlowGate.EnterAsync(store, input, caller, state.Revision, allowed, cancellationToken);
        if (stop is not null)
        {
            return stop;
        }

        var texts = caller.Texts;
        if (await onboardings.FindAsync(state.CompanyId, state.DepartmentId, cancellationToken) is not { } step)
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return FlowReplies.End(input, Html.Escape(texts.StaleButton), null);
        }

        var name = (input, press) switch
        {
            (IncomingButton, { Action: "keep" }) => step.DefaultProjectName,
            (IncomingText text, _) when !string.IsNullOrWhiteSpace(text.Text) => text.Text.Trim(),
            _ => null,
        };
        if (name is null)
        {
            return input is IncomingButton ? FlowReplies.Stale(input, texts) : [new SendText(input.ChatId, Html.Escape(texts.Form.UseButtons))];
        }

        if (name.Length > MaxName)
        {
            return [new SendText(input.ChatId, Html.Escape(texts.Onboarding.TooLong(MaxName)))];
        }

        await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
        var (outcome, notices) = await onboarding.AppointAsync(state.CompanyId, state.DepartmentId, state.StaffId, name, time.GetUtcNow(), cancellationToken);
        var fresh = await onboardings.FindAsync(state.CompanyId, state.DepartmentId, cancellationToken);
        var words = texts.Onboarding;
        var html = outcome switch
        {
            AppointOutcome.Appointed appointed => words.Appointed(fresh!, name, appointed.IsMain),
            AppointOutcome.AlreadyAppointed => words.AlreadyAppointed(fresh!),
            _ => Html.Escape(words.NotOfDepartment),
        };
        return [.. FlowReplies.End(input, html, null), .. notices];
    }

    private static Screen NameScreen(AppointFormState state, OnboardingStep step, StaffChoice pm, Texts texts) =>
        new(texts.Onboarding.ProjectNamePrompt(step, pm.Name), Keyboard.Of(
            [FlowButton.Of(ButtonText.Fit(texts.Onboarding.KeepNameButton(step.DefaultProjectName)), state.Revision, "keep")],
            [FlowButton.Of(texts.Form.CancelButton, state.Revision, "cancel")]));
}
