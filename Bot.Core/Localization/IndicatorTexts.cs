using System.Globalization;
using Bot.Core.Indicators;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

/// <summary>«Показатели»' words and numbers: amounts in whole roubles grouped by thousands (non-breaking spaces in
/// Russian), each with its change against the previous month (▲ ▼ and %).</summary>
public abstract class IndicatorTexts
{
    public abstract string IndicatorsButton { get; }

    public abstract string ChartButton { get; }

    public abstract string ChooseCompany { get; }

    public abstract string NoFigures(string companyName);

    public abstract IReadOnlyList<string> Names { get; }

    public abstract string ChartTitle(string companyName);

    public string MonthName(DateOnly month) => $"{Culture.DateTimeFormat.MonthNames[month.Month - 1]} {month.Year}";

    public static string MonthButton(DateOnly month) => month.ToString("MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The month's numbers of a company, each against the previous month when there is one.</summary>
    public string Message(string companyName, MonthFigures current, MonthFigures? previous)
    {
        var now = Values(current);
        var before = previous is null ? null : Values(previous);
        var lines = Names.Select((name, i) => $"{name}: <b>{Money(now[i])}</b>{Change(now[i], before?[i])}");
        return $"📊 <b>{Escape(Title(MonthName(current.Month), companyName))}</b>\n" + string.Join('\n', lines);
    }

    public string Money(decimal amount) => amount.ToString("#,0", Culture).Replace(Culture.NumberFormat.NumberGroupSeparator, "\u00a0", StringComparison.Ordinal) + "\u00a0₽";

    protected abstract CultureInfo Culture { get; }

    protected abstract string Title(string month, string companyName);

    private string Change(decimal now, decimal? before)
    {
        if (before is not { } previous || previous == 0)
        {
            return "";
        }

        var percent = (now - previous) / Math.Abs(previous) * 100;
        var arrow = percent > 0 ? "▲" : percent < 0 ? "▼" : "=";
        return $" {arrow}\u00a0{Math.Abs(percent).ToString("0.#", Culture)}\u00a0%";
    }

    private static decimal[] Values(MonthFigures f) => [f.Revenue, f.NetProfit, f.Receivables, f.Payables, f.Stock, f.Cash];
}
