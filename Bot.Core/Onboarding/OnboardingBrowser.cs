using Bot.Core.Access;
using Bot.Core.Conversations;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;

namespace Bot.Core.Onboarding;

/// <summary>A head's card «Назначьте менеджера проекта»: the department's staff, a page at a time, to pick the PM from;
/// then the project's name (<see cref="AppointFormRunner"/>). Only the head of that department (or an administrator) may act,
/// and only while the department has no PM.</summary>
public sealed class OnboardingBrowser(IOnboardings onboardings, IDepartmentStaff departmentStaff, AppointFormRunner appoint, AccessPolicy access)
{
    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (!OnboardingButtons.TryParse(press.Data, out var kind, out var numbers))
        {
            return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }

        var (companyId, departmentId) = ((int)numbers[0], (int)numbers[1]);
        if (!access.Allows(caller.User.Id, caller.Identity, AccessAction.AppointPm, new AccessTarget.Department(departmentId)))
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        if (await onboardings.FindAsync(companyId, departmentId, cancellationToken) is not { } step)
        {
            return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }

        if (step.AppointedPm is not null)
        {
            return FlowReplies.Show(press, new Screen(texts.Onboarding.AlreadyAppointed(step), Keyboard.Of()));
        }

        var staff = await departmentStaff.StaffOfAsync(departmentId, cancellationToken);
        switch (kind)
        {
            case 'a':
                return Page(press, caller, step, staff, (int)numbers[2]);
            case 's' when staff.FirstOrDefault(s => s.StaffId == numbers[2]) is { } pm:
                return await appoint.StartAsync(press, caller, step, pm, cancellationToken);
            case 's':
                return [new AnswerButton(press.CallbackId, texts.StaleButton)];
            default:
                return FlowReplies.Show(press, new Screen(texts.Onboarding.Card(step), Keyboard.Of([OnboardingButtons.Of(texts.Onboarding.AppointButton, 'a', companyId, departmentId, 0)])));
        }
    }

    private static List<Outgoing> Page(IncomingButton press, Caller caller, OnboardingStep step, IReadOnlyList<StaffChoice> staff, int page)
    {
        var texts = caller.Texts;
        if (staff.Count == 0)
        {
            return [new AnswerButton(press.CallbackId, texts.Onboarding.NoStaff)];
        }

        var (keyboard, number, pages) = StaffPages.Of(
            staff, page,
            s => OnboardingButtons.Of(ButtonText.Fit(s.Name), 's', step.CompanyId, step.DepartmentId, s.StaffId),
            (text, to) => OnboardingButtons.Of(text, 'a', step.CompanyId, step.DepartmentId, to),
            OnboardingButtons.Of(texts.BackButton, 'v', step.CompanyId, step.DepartmentId));
        return FlowReplies.Show(press, new Screen(texts.Onboarding.PickPm(step, number, pages), keyboard));
    }
}
