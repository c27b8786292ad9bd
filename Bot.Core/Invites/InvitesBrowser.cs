using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Conversations;
using Bot.Core.Employees;
using Bot.Core.Messaging;
using Bot.Core.Onboarding;
using Bot.Core.Routing;

namespace Bot.Core.Invites;

/// <summary>«Пригласить сотрудника» for a company's PMs (and administrators): the rights to give, then a single-use link that
/// expires, with a Telegram share button; «Приглашения» lists the pending and used ones, and a pending one can be revoked.</summary>
public sealed class InvitesBrowser(IInviteBook invites, IOnboardings onboardings, IClientCompanies companies, IWorkCalendarSource calendars, AccessPolicy access, TimeProvider time)
{
    public const int Listed = 15;

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (!InviteButtons.TryParse(press.Data, out var kind, out var numbers))
        {
            return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }

        var companyId = (int)numbers[0];
        if (!access.Allows(caller.User.Id, caller.Identity, AccessAction.InviteEmployee, new AccessTarget.Company(companyId))
            || !await companies.IsActiveAsync(companyId, cancellationToken))
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        if ((await onboardings.PendingDepartmentsAsync(companyId, cancellationToken)).Count > 0)
        {
            return [new AnswerButton(press.CallbackId, texts.Onboarding.Connecting)];
        }

        var name = await companies.NameOfAsync(companyId, cancellationToken);
        switch (kind)
        {
            case 'n' or 'g' when InviteRights.FromMask(numbers[1]) is { } rights:
                return kind == 'n' ? RightsScreen(press, caller, companyId, name, rights) : await CreateAsync(press, caller, companyId, name, rights, cancellationToken);
            case 'l':
                return await ListAsync(press, caller, companyId, name, null, cancellationToken);
            case 'x':
                var revoked = await invites.RevokeAsync(companyId, numbers[1], time.GetUtcNow(), cancellationToken);
                return await ListAsync(press, caller, companyId, name, revoked ? texts.Invites.Revoked : texts.StaleButton, cancellationToken);
            default:
                return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }
    }

    private static List<Outgoing> RightsScreen(IncomingButton press, Caller caller, int companyId, string name, InviteRights rights)
    {
        var words = caller.Texts.Invites;
        Button Toggle(InviteRights changed, string label, bool on) => InviteButtons.Of(words.RightToggle(label, on), 'n', companyId, changed.Mask);
        return FlowReplies.Show(press, new Screen(words.RightsPrompt(name), Keyboard.Of(
            [Toggle(rights with { FileRequests = !rights.FileRequests }, words.FileRequests, rights.FileRequests),
             Toggle(rights with { SeeDocuments = !rights.SeeDocuments }, words.SeeDocuments, rights.SeeDocuments)],
            [Toggle(rights with { Approve = !rights.Approve }, words.Approve, rights.Approve),
             Toggle(rights with { SeeFinance = !rights.SeeFinance }, words.SeeFinance, rights.SeeFinance)],
            [InviteButtons.Of(words.CreateButton, 'g', companyId, rights.Mask)],
            [EmployeeButtons.Of(caller.Texts.BackButton, 'l', companyId)])));
    }

    private async Task<IReadOnlyList<Outgoing>> CreateAsync(IncomingButton press, Caller caller, int companyId, string name, InviteRights rights, CancellationToken cancellationToken)
    {
        var words = caller.Texts.Invites;
        if (await invites.BotUsernameAsync(cancellationToken) is not { } username)
        {
            return [new AnswerButton(press.CallbackId, words.NoUsername)];
        }

        var now = time.GetUtcNow();
        var token = await invites.CreateAsync(companyId, rights, caller.User.Id, now, InviteToken.DefaultLifetime, cancellationToken);
        var link = $"https://t.me/{username}?start={token}";
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var share = new Uri($"https://t.me/share/url?url={Uri.EscapeDataString(link)}&text={Uri.EscapeDataString(words.ShareText(name))}");
        return FlowReplies.Show(press, new Screen(words.Created(name, link, calendar.ToFirmTime(now + InviteToken.DefaultLifetime)), Keyboard.Of(
            [Button.Link(words.ShareButton, share)],
            [InviteButtons.Of(words.InvitesButton, 'l', companyId)],
            [EmployeeButtons.Of(caller.Texts.BackButton, 'l', companyId)])));
    }

    private async Task<IReadOnlyList<Outgoing>> ListAsync(IncomingButton press, Caller caller, int companyId, string name, string? notice, CancellationToken cancellationToken)
    {
        var words = caller.Texts.Invites;
        var now = time.GetUtcNow();
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var listed = await invites.ListAsync(companyId, Listed, cancellationToken);
        var revoke = listed.Where(i => i.IsPending(now)).Select(i => (IReadOnlyList<Button>)[InviteButtons.Of(words.RevokeButton(i.Id), 'x', companyId, i.Id)]);
        var shown = FlowReplies.Show(press, new Screen(words.List(name, listed, now, calendar.ToFirmTime), Keyboard.Of(
            [.. revoke,
             [InviteButtons.Of(words.InviteButton, 'n', companyId, InviteRights.AllMask)],
             [EmployeeButtons.Of(caller.Texts.BackButton, 'l', companyId)]])));
        return notice is null ? shown : [new AnswerButton(press.CallbackId, notice), .. shown.Skip(1)];
    }
}
