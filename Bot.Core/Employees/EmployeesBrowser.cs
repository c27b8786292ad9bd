using Bot.Core.Access;
using Bot.Core.Conversations;
using Bot.Core.Invites;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Employees;

/// <summary>«Сотрудники клиента» for a company's PMs (and administrators): its employees, each to follow every request of
/// the company or not, or to remove from it (asked once more; access ends at once, history stays).</summary>
public sealed class EmployeesBrowser(IClientEmployees employees, AccessPolicy access, IClientCompanies companies, TimeProvider time)
{
    public async Task<IReadOnlyList<Outgoing>> OpenAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var chooser = await CompanyChooser.ScreenAsync(
            companies, c => MayManage(caller, c.Id), c => EmployeeButtons.Of(ButtonText.Fit(c.Name), 'l', c.Id), texts.Employees.ChooseCompany, texts, cancellationToken);
        return chooser is null ? Refused(press, caller) : FlowReplies.Show(press, chooser);
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!EmployeeButtons.TryParse(press.Data, out var kind, out var numbers))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];
        }

        if (kind == 'c')
        {
            return await OpenAsync(press, caller, cancellationToken);
        }

        var companyId = (int)numbers[0];
        if (!MayManage(caller, companyId) || !await companies.IsActiveAsync(companyId, cancellationToken))
        {
            return Refused(press, caller);
        }

        var all = await employees.ListAsync(companyId, cancellationToken);
        if (kind == 'l')
        {
            return await ListAsync(press, caller, companyId, all, cancellationToken);
        }

        if (all.FirstOrDefault(e => e.Id == numbers[1]) is not { } employee)
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];
        }

        var texts = caller.Texts.Employees;
        switch (kind)
        {
            case 'f':
                await employees.FollowAllAsync(companyId, employee.Id, !employee.FollowsAll, time.GetUtcNow(), cancellationToken);
                return CardOf(press, caller, companyId, employee with { FollowsAll = !employee.FollowsAll });
            case 'x':
                return FlowReplies.Show(press, new Screen(texts.RemoveQuestion(employee.FullName, await companies.NameOfAsync(companyId, cancellationToken)), Keyboard.Of(
                    [EmployeeButtons.Of(texts.RemoveButton, 'y', companyId, employee.Id), EmployeeButtons.Of(caller.Texts.BackButton, 'o', companyId, employee.Id)])));
            case 'y':
                await employees.RemoveAsync(companyId, employee.Id, cancellationToken);
                return [new AnswerButton(press.CallbackId, texts.Removed(employee.FullName)), .. (await ListAsync(press, caller, companyId, await employees.ListAsync(companyId, cancellationToken), cancellationToken)).Skip(1)];
            default:
                return CardOf(press, caller, companyId, employee);
        }
    }

    private async Task<IReadOnlyList<Outgoing>> ListAsync(IncomingButton press, Caller caller, int companyId, IReadOnlyList<ClientEmployee> all, CancellationToken cancellationToken)
    {
        var texts = caller.Texts.Employees;
        var rows = all.Take(CompanyChooser.MaxListed).Select(e => (IReadOnlyList<Button>)[EmployeeButtons.Of(ButtonText.Fit(texts.ListButton(e)), 'o', companyId, e.Id)]);
        var name = await companies.NameOfAsync(companyId, cancellationToken);
        var invites = caller.Texts.Invites;
        return FlowReplies.Show(press, new Screen(texts.ListTitle(name, all.Count), Keyboard.Of(
            [.. rows,
             [InviteButtons.Of(invites.InviteButton, 'n', companyId, InviteRights.AllMask), InviteButtons.Of(invites.InvitesButton, 'l', companyId)],
             [EmployeeButtons.Of(caller.Texts.BackButton, 'c', 0)]])));
    }

    private static List<Outgoing> CardOf(IncomingButton press, Caller caller, int companyId, ClientEmployee employee)
    {
        var texts = caller.Texts.Employees;
        return FlowReplies.Show(press, new Screen(texts.Card(employee), Keyboard.Of(
            [EmployeeButtons.Of(texts.FollowAllButton(employee.FollowsAll), 'f', companyId, employee.Id)],
            [EmployeeButtons.Of(texts.RemoveButton, 'x', companyId, employee.Id)],
            [EmployeeButtons.Of(caller.Texts.BackButton, 'l', companyId)])));
    }

    private bool MayManage(Caller caller, int companyId) =>
        access.Allows(caller.User.Id, caller.Identity, AccessAction.ManageEmployees, new AccessTarget.Company(companyId));

    private static List<Outgoing> Refused(IncomingButton press, Caller caller) => [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
}
