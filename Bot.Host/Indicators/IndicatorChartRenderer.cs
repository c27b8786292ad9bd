using Bot.Core.Firm;
using Bot.Core.Indicators;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Files;
using Microsoft.Extensions.Options;
using ScottPlot;
using Bot.Host.Digests;

namespace Bot.Host.Indicators;

/// <summary>A company's last months with ScottPlot, in the firm's accent colour: bars for receivables and payables,
/// lines for net profit and cash. Kept in the firm's store like any file and sent from there.</summary>
public sealed class IndicatorChartRenderer(IContentStore store, IOptions<FirmOptions> firm) : IIndicatorChart
{
    public const int Width = 1200;
    public const int Height = 600;

    public Task<StoredFileRef> DrawAsync(IReadOnlyList<MonthFigures> history, IndicatorTexts texts, CancellationToken cancellationToken) =>
        store.KeepAsync(Draw(history, texts, Color.FromHex(firm.Value.AccentColor)), "indicators.png", "image/png", FileKind.Photo, cancellationToken);

    public static byte[] Draw(IReadOnlyList<MonthFigures> history, IndicatorTexts texts, Color accent)
    {
        var plot = new Plot();
        double[] xs = [.. history.Select((_, i) => (double)i)];
        var (receivables, payables) = (accent.WithAlpha(0.45), accent.Darken(0.45).WithAlpha(0.45));
        for (var i = 0; i < history.Count; i++)
        {
            plot.Add.Bar(new Bar { Position = i - 0.2, Value = (double)history[i].Receivables, Size = 0.38, FillColor = receivables });
            plot.Add.Bar(new Bar { Position = i + 0.2, Value = (double)history[i].Payables, Size = 0.38, FillColor = payables });
        }

        var profit = plot.Add.Scatter(xs, [.. history.Select(f => (double)f.NetProfit)]);
        profit.Color = accent;
        profit.LineWidth = 3;
        var cash = plot.Add.Scatter(xs, [.. history.Select(f => (double)f.Cash)]);
        cash.Color = accent.Darken(0.6);
        cash.LineWidth = 3;
        cash.LinePattern = LinePattern.Dashed;

        plot.Axes.Bottom.SetTicks(xs, [.. history.Select(f => IndicatorTexts.MonthButton(f.Month))]);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = texts.Names[1], LineColor = profit.Color, LineWidth = 3 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = texts.Names[5], LineColor = cash.Color, LineWidth = 3, LinePattern = LinePattern.Dashed });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = texts.Names[2], FillColor = receivables });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = texts.Names[3], FillColor = payables });
        plot.ShowLegend(Alignment.UpperLeft);

        return ChartImage.Png(Width, Height, canvas => plot.Render(canvas, new PixelRect(0, Width, Height, 0)));
    }
}
