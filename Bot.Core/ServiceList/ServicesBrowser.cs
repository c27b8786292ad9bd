using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Conversations;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Onboarding;
using Bot.Core.Requests;
using Bot.Core.Routing;

namespace Bot.Core.ServiceList;

/// <summary>«Услуги клиентов» for a company's PMs (and administrators): its services by category, each switched on or off
/// and given a responsible staff member of its department, one at a time; each change is recorded and applies to new requests.</summary>
public sealed class ServicesBrowser(
    IServiceSettings settings, IDepartmentStaff departmentStaff, IOnboardings onboardings, IClientCompanies companies, IWorkCalendarSource calendars, AccessPolicy access, TimeProvider time)
{
    /// <summary>Services on one screen at most, so that the keyboard stays within Telegram's limits.</summary>
    public const int MaxListed = 90;

    public async Task<IReadOnlyList<Outgoing>> OpenAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var chooser = await CompanyChooser.ScreenAsync(
            companies, c => MayManage(caller, c.Id), c => ServiceButtons.Of(ButtonText.Fit(c.Name), 'l', c.Id), texts.Services.ChooseCompany, texts, cancellationToken);
        return chooser is null ? [new AnswerButton(press.CallbackId, texts.NotAllowed)] : FlowReplies.Show(press, chooser);
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (!ServiceButtons.TryParse(press.Data, out var kind, out var numbers))
        {
            return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }

        if (kind == 'c')
        {
            return await OpenAsync(press, caller, cancellationToken);
        }

        var companyId = (int)numbers[0];
        if (!MayManage(caller, companyId) || !await companies.IsActiveAsync(companyId, cancellationToken))
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        if ((await onboardings.PendingDepartmentsAsync(companyId, cancellationToken)).Count > 0)
        {
            return [new AnswerButton(press.CallbackId, texts.Onboarding.Connecting)];
        }

        var all = await settings.ListAsync(companyId, cancellationToken);
        if (kind == 'l')
        {
            return await ListAsync(press, caller, companyId, all, cancellationToken);
        }

        if (all.FirstOrDefault(s => s.TemplateId == numbers[1]) is not { } service)
        {
            return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }

        var actor = new TaskActor(caller.User.Id, caller.User.FirstName);
        switch (kind)
        {
            case 't':
                await settings.SetEnabledAsync(companyId, service.TemplateId, !service.Enabled, actor, time.GetUtcNow(), cancellationToken);
                return await CardAsync(press, caller, companyId, service.TemplateId, texts.Services.Saved, cancellationToken);
            case 'r':
                return await ResponsiblePageAsync(press, caller, companyId, service, (int)numbers[2], cancellationToken);
            case 'p':
                var staff = await departmentStaff.StaffOfAsync(service.DepartmentId, cancellationToken);
                if (staff.All(s => s.StaffId != numbers[2]))
                {
                    return [new AnswerButton(press.CallbackId, texts.StaleButton)];
                }

                await settings.SetResponsibleAsync(companyId, service.TemplateId, (int)numbers[2], actor, time.GetUtcNow(), cancellationToken);
                return await CardAsync(press, caller, companyId, service.TemplateId, texts.Services.Saved, cancellationToken);
            default:
                return await CardAsync(press, caller, companyId, service.TemplateId, null, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<Outgoing>> ListAsync(IncomingButton press, Caller caller, int companyId, IReadOnlyList<ServiceSetting> all, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var shown = all.Take(MaxListed).ToList();
        var rows = shown.Select(s => (IReadOnlyList<Button>)[ServiceButtons.Of(ButtonText.Fit(texts.Services.ListButton(s)), 'o', companyId, s.TemplateId)]);
        var name = await companies.NameOfAsync(companyId, cancellationToken);
        return FlowReplies.Show(press, new Screen(texts.Services.ListTitle(name, shown), Keyboard.Of([.. rows, [ServiceButtons.Of(texts.BackButton, 'c', 0)]])));
    }

    private async Task<IReadOnlyList<Outgoing>> CardAsync(IncomingButton press, Caller caller, int companyId, int templateId, string? notice, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var service = (await settings.ListAsync(companyId, cancellationToken)).First(s => s.TemplateId == templateId);
        var calendar = await calendars.CurrentAsync(cancellationToken);
        var changedAt = service.LastChange is { } change ? calendar.ToFirmTime(change.ChangedAt) : (DateTimeOffset?)null;
        var shown = FlowReplies.Show(press, new Screen(texts.Services.Card(service, changedAt), Keyboard.Of(
            [ServiceButtons.Of(texts.Services.ToggleButton(service.Enabled), 't', companyId, templateId)],
            [ServiceButtons.Of(texts.Services.ResponsibleButton, 'r', companyId, templateId, 0)],
            [ServiceButtons.Of(texts.BackButton, 'l', companyId)])));
        return notice is null ? shown : [new AnswerButton(press.CallbackId, notice), .. shown.Skip(1)];
    }

    private async Task<IReadOnlyList<Outgoing>> ResponsiblePageAsync(IncomingButton press, Caller caller, int companyId, ServiceSetting service, int page, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var staff = await departmentStaff.StaffOfAsync(service.DepartmentId, cancellationToken);
        if (staff.Count == 0)
        {
            return [new AnswerButton(press.CallbackId, texts.Onboarding.NoStaff)];
        }

        var (keyboard, number, pages) = StaffPages.Of(
            staff, page,
            s => ServiceButtons.Of(ButtonText.Fit(s.Name), 'p', companyId, service.TemplateId, s.StaffId),
            (text, to) => ServiceButtons.Of(text, 'r', companyId, service.TemplateId, to),
            ServiceButtons.Of(texts.BackButton, 'o', companyId, service.TemplateId));
        return FlowReplies.Show(press, new Screen(texts.Services.PickResponsible(service.Title, number, pages), keyboard));
    }

    private bool MayManage(Caller caller, int companyId) =>
        access.Allows(caller.User.Id, caller.Identity, AccessAction.ManageServices, new AccessTarget.Company(companyId));
}
