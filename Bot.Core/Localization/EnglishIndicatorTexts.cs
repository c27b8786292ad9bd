using System.Globalization;
using static Bot.Core.Messaging.Html;

namespace Bot.Core.Localization;

public sealed class EnglishIndicatorTexts : IndicatorTexts
{
    public static readonly EnglishIndicatorTexts Instance = new();

    private EnglishIndicatorTexts()
    {
    }

    public override string IndicatorsButton => "Key figures";

    public override string ChartButton => "📈 The year's chart";

    public override string ChooseCompany => "Key figures: choose a company.";

    public override IReadOnlyList<string> Names { get; } = ["Revenue", "Net profit", "Receivables", "Payables", "Stock", "Cash"];

    public override string NoFigures(string companyName) => $"<b>Key figures — {Escape(companyName)}</b>\nNo figures yet: the accountant loads them once the month is closed.";

    public override string ChartTitle(string companyName) => $"{companyName}: the last 12 months, ₽";

    protected override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    protected override string Title(string month, string companyName) => $"Key figures for {month} — {companyName}";
}
