using Bot.Core.Access;
using Bot.Core.Agenda;
using Bot.Core.Chat;
using Bot.Core.Conversations;
using Bot.Core.Drive;
using Bot.Core.Employees;
using Bot.Core.Filings;
using Bot.Core.Firm;
using Bot.Core.Indicators;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.ServiceList;
using Bot.Core.Users;
using Microsoft.Extensions.Options;

namespace Bot.Core.Routing;

/// <summary>Presses on main-menu buttons. Every press is answered first, so the user's spinner stops,
/// and the menu message is edited in place to the chosen section.</summary>
public sealed class MenuButtonHandler(
    IOptions<FirmOptions> firmOptions, IUserActivityStore activity, RequestFormRunner requestForm, MyRequests myRequests, StaffTasks staffTasks, DriveBrowser drive, ChatBrowser chats, FilingsBrowser filings, IndicatorsBrowser indicators, CalendarBrowser calendar, EmployeesBrowser employees, ServicesBrowser services, NewClientFormRunner newClient, DownloadReportRunner reports, IClientCompanies clients, AccessPolicy access, TimeProvider time)
{
    private readonly FirmOptions firm = firmOptions.Value;

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (!MenuButtons.TryParse(press.Data, out var action))
        {
            return [new AnswerButton(press.CallbackId, texts.StaleButton)];
        }

        if (!MainMenu.MayOpen(caller, action))
        {
            return [new AnswerButton(press.CallbackId, texts.NotAllowed)];
        }

        if (action == MenuAction.Order)
        {
            return await requestForm.StartAsync(press, caller, cancellationToken);
        }

        if (action == MenuAction.MyRequests)
        {
            return await myRequests.ListAsync(press, caller, 0, cancellationToken);
        }

        if (action == MenuAction.MyTasks)
        {
            return await staffTasks.ListAsync(press, caller, 0, cancellationToken);
        }

        if (action == MenuAction.Documents)
        {
            return await drive.OpenAsync(press, caller, cancellationToken);
        }

        if (action == MenuAction.WriteAccountant)
        {
            return await chats.WriteAsync(press, caller, cancellationToken);
        }

        if (action is MenuAction.ChatHistory or MenuAction.Chats)
        {
            return await chats.OpenAsync(press, caller, cancellationToken);
        }

        if (action == MenuAction.Filings)
        {
            return await filings.OpenAsync(press, caller, cancellationToken);
        }

        if (action == MenuAction.Indicators)
        {
            return await indicators.OpenAsync(press, caller, cancellationToken);
        }

        if (action == MenuAction.Employees)
        {
            return await employees.OpenAsync(press, caller, cancellationToken);
        }

        if (action == MenuAction.Services)
        {
            return await services.OpenAsync(press, caller, cancellationToken);
        }

        if (action == MenuAction.NewClient)
        {
            return await newClient.StartAsync(press, caller, cancellationToken);
        }

        if (action == MenuAction.Calendar)
        {
            return await calendar.OpenAsync(press, caller, cancellationToken);
        }

        if (action == MenuAction.DownloadReport)
        {
            return await reports.StartAsync(press, caller, cancellationToken);
        }

        if (action == MenuAction.SwitchCompany)
        {
            return [new AnswerButton(press.CallbackId), new EditText(press.ChatId, press.MessageId, texts.ChooseCompany, CompanySwitcher.Companies(caller))];
        }

        var back = MenuButtons.BackToMenu(texts);
        var (html, keyboard) = action switch
        {
            MenuAction.About => (texts.AboutFirm(firm), back),
            MenuAction.Help => (texts.Help, back),
            MenuAction.Status => (texts.Status(await activity.SummariseAsync(time.GetUtcNow().AddDays(-1), cancellationToken)), back),
            MenuAction.Clients => (texts.ClientList(await VisibleClientsAsync(caller, cancellationToken)), back),
            _ => (texts.MainMenuTitle(firm.Name), MainMenu.For(caller)),
        };
        return [new AnswerButton(press.CallbackId), new EditText(press.ChatId, press.MessageId, html, keyboard)];
    }

    /// <summary>The companies whose requests the caller may see: all for an administrator, the served ones for staff.</summary>
    private async Task<IReadOnlyList<ClientCompany>> VisibleClientsAsync(Caller caller, CancellationToken cancellationToken) =>
        [.. (await clients.AllAsync(cancellationToken)).Where(company =>
            access.Allows(caller.User.Id, caller.Identity, AccessAction.ViewRequests, new AccessTarget.Company(company.Id)))];
}
