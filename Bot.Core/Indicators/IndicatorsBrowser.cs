using Bot.Core.Access;
using Bot.Core.Conversations;
using Bot.Core.Drive;
using Bot.Core.Localization;
using Bot.Core.Menus;
using Bot.Core.Messaging;
using Bot.Core.Routing;

namespace Bot.Core.Indicators;

/// <summary>«Показатели»: the latest month's numbers of the company, with the earlier months to pick from and the
/// year's chart on a tap. Clients need the right <c>finance</c>; the firm's side chooses a company it serves.</summary>
public sealed class IndicatorsBrowser(IIndicators indicators, IIndicatorChart chart, IndicatorAccess access, IClientCompanies companies)
{
    /// <summary>Month buttons offered, three a row.</summary>
    private const int PickableMonths = 12;

    public async Task<IReadOnlyList<Outgoing>> OpenAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!DriveAccess.IsFirm(caller) && caller.Identity.ActingFor is { } company)
        {
            return access.MayView(caller, company.CompanyId)
                ? FlowReplies.Show(press, await MonthAsync(caller, company.CompanyId, null, cancellationToken))
                : [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
        }

        var chooser = await CompanyChooser.ScreenAsync(
            companies, c => DriveAccess.IsFirm(caller) && access.MayView(caller, c.Id), c => IndicatorButtons.Of(ButtonText.Fit(c.Name), 'm', c.Id, 0), caller.Texts.Indicators.ChooseCompany, caller.Texts, cancellationToken);
        return chooser is null ? [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)] : FlowReplies.Show(press, chooser);
    }

    public async Task<IReadOnlyList<Outgoing>> HandleAsync(IncomingButton press, Caller caller, CancellationToken cancellationToken)
    {
        if (!IndicatorButtons.TryParse(press.Data, out var kind, out var numbers))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];
        }

        if (kind == 'c')
        {
            return await OpenAsync(press, caller, cancellationToken);
        }

        var companyId = (int)numbers[0];
        var month = numbers[1] == 0 ? null : IndicatorButtons.Month(numbers[1]);
        if (!access.MayView(caller, companyId) || (numbers[1] != 0 && month is null))
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.NotAllowed)];
        }

        if (kind == 'm')
        {
            return FlowReplies.Show(press, await MonthAsync(caller, companyId, month, cancellationToken));
        }

        var history = await indicators.HistoryAsync(companyId, month ?? DateOnly.MaxValue, IndicatorMessages.ChartMonths, cancellationToken);
        if (history.Count == 0)
        {
            return [new AnswerButton(press.CallbackId, caller.Texts.StaleButton)];
        }

        var texts = caller.Texts.Indicators;
        var name = await companies.NameOfAsync(companyId, cancellationToken);
        var picture = await chart.DrawAsync(history, texts, cancellationToken);
        return [new AnswerButton(press.CallbackId), new SendFile(press.ChatId, picture with { Name = "chart.png" }, Html.Escape(texts.ChartTitle(name)))];
    }

    private async Task<Screen> MonthAsync(Caller caller, int companyId, DateOnly? month, CancellationToken cancellationToken)
    {
        var texts = caller.Texts;
        var name = await companies.NameOfAsync(companyId, cancellationToken);
        var months = await indicators.MonthsAsync(companyId, PickableMonths, cancellationToken);
        var back = DriveAccess.IsFirm(caller) ? IndicatorButtons.Of(texts.BackButton, 'c', 0) : MenuButtons.For(MenuAction.Home, texts);
        var shown = month ?? (months.Count > 0 ? months[0] : (DateOnly?)null);
        if (shown is not { } chosen || !months.Contains(chosen))
        {
            return new Screen(texts.Indicators.NoFigures(name), Keyboard.Of([back]));
        }

        var history = await indicators.HistoryAsync(companyId, chosen, 2, cancellationToken);
        var picker = months.Select(m => IndicatorButtons.Of((m == chosen ? "• " : "") + IndicatorTexts.MonthButton(m), 'm', companyId, IndicatorButtons.Key(m))).Chunk(3)
            .Select(row => (IReadOnlyList<Button>)row);
        return new Screen(
            IndicatorMessages.Text(texts.Indicators, name, history),
            Keyboard.Of([[IndicatorButtons.Of(texts.Indicators.ChartButton, 'g', companyId, IndicatorButtons.Key(chosen))], .. picker, [back]]));
    }
}
