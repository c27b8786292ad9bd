using Bot.Core.Access;
using Bot.Core.Calendar;
using Bot.Core.Drive;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Conversations;

/// <summary>«Отчёт о скачиваниях» for administrators: a period (this month, last month, or typed dates), then a
/// company or all; the spreadsheet comes back as a document.</summary>
public sealed class DownloadReportRunner(
    IConversationStore store, IDownloadReport reports, IClientCompanies companies, AccessPolicy access, IWorkCalendarSource calendars, TimeProvider time)
{
    public async Task<IReadOnlyList<Outgoing>> StartAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        var state = new ReportState(await store.FirstRevisionAsync(caller.User.Id, press.ChatId, cancellationToken));
        await store.SaveAsync(caller.User.Id, press.ChatId, state.ToStored(), time.GetUtcNow(), cancellationToken);
        return FlowReplies.Show(press, PeriodScreen(state, caller));
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(Incoming input, Caller caller, ReportState state, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        if (!access.Allows(caller.User.Id, caller.Identity, AccessAction.Administer, new AccessTarget.Firm()))
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return FlowReplies.End(input, Html.Escape(texts.NotAllowed), null);
        }

        var today = DateOnly.FromDateTime((await calendars.CurrentAsync(cancellationToken)).ToFirmTime(time.GetUtcNow()).DateTime);
        var press = input is IncomingButton button ? FlowButton.Parse(button.Data) : null;
        if (input is IncomingButton && (press is null || press.Revision != state.Revision))
        {
            return FlowReplies.Stale(input, texts);
        }

        var period = (press?.Action, input) switch
        {
            ("this", _) => ReportPeriod.ThisMonth(today),
            ("last", _) => ReportPeriod.LastMonth(today),
            (null, IncomingText text) when state.From is null => ReportPeriod.Parse(text.Text),
            _ => ((DateOnly From, DateOnly To)?)null,
        };
        if (press?.Action == "cancel")
        {
            await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
            return FlowReplies.End(input, Html.Escape(texts.ActionCancelled), MainMenu.For(caller));
        }

        if (period is { } chosen)
        {
            var next = new ReportState(state.Revision + 1, chosen.From, chosen.To);
            await store.SaveAsync(caller.User.Id, input.ChatId, next.ToStored(), time.GetUtcNow(), cancellationToken);
            return FlowReplies.Show(input, await CompanyScreenAsync(next, caller, cancellationToken));
        }

        if (press?.Action == "company" && state is { From: { } from, To: { } to })
        {
            return await BuildAsync(input, caller, from, to, press.Argument, cancellationToken);
        }

        return FlowReplies.Refuse(input, state.From is null ? texts.Drive.PeriodMalformed : texts.Form.UseButtons,
            state.From is null ? PeriodScreen(state, caller) : await CompanyScreenAsync(state, caller, cancellationToken));
    }

    private async Task<IReadOnlyList<Outgoing>> BuildAsync(Incoming input, Caller caller, DateOnly from, DateOnly to, string argument, CancellationToken cancellationToken)
    {
        var all = await companies.AllAsync(cancellationToken);
        var company = int.TryParse(argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? all.FirstOrDefault(c => c.Id == id) : null;
        if (argument != "all" && company is null)
        {
            return FlowReplies.Stale(input, caller.Texts);
        }

        await store.ClearAsync(caller.User.Id, input.ChatId, cancellationToken);
        var report = await reports.BuildAsync(from, to, company?.Id, caller.User.Id, cancellationToken);
        var replies = FlowReplies.End(input, caller.Texts.Drive.ReportCaption(from, to, company?.Name, report.Downloads), MainMenu.For(caller));
        replies.Add(new SendFile(input.ChatId, report.File));
        return replies;
    }

    private static Screen PeriodScreen(ReportState state, Caller caller) => new(caller.Texts.Drive.ReportPeriod, Keyboard.Of(
        [FlowButton.Of(caller.Texts.Drive.ThisMonthButton, state.Revision, "this"), FlowButton.Of(caller.Texts.Drive.LastMonthButton, state.Revision, "last")],
        [FlowButton.Of(caller.Texts.Form.CancelButton, state.Revision, "cancel")]));

    private async Task<Screen> CompanyScreenAsync(ReportState state, Caller caller, CancellationToken cancellationToken)
    {
        var rows = (await companies.AllAsync(cancellationToken)).Take(40)
            .Select(c => (IReadOnlyList<Button>)[FlowButton.Of(c.Name, state.Revision, "company", c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        return new Screen(caller.Texts.Drive.ReportCompany(state.From!.Value, state.To!.Value), Keyboard.Of(
            [[FlowButton.Of(caller.Texts.Drive.AllCompaniesButton, state.Revision, "company", "all")], .. rows, [FlowButton.Of(caller.Texts.Form.CancelButton, state.Revision, "cancel")]]));
    }
}
