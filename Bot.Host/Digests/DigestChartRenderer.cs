using Bot.Core.Digests;
using Bot.Core.Firm;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Storage.Files;
using Microsoft.Extensions.Options;
using ScottPlot;

namespace Bot.Host.Digests;

/// <summary>The digest's picture, drawn with ScottPlot: on the left the open tasks of each department by status
/// (under review, in work, overdue), on the right each department's overdue count on the last four weeks' days.
/// Drawn in the firm's accent colour (overdue stays red). Kept in the firm's store like any file and sent from there.</summary>
public sealed class DigestChartRenderer(IContentStore store, IOptions<FirmOptions> firm) : IDigestChart
{
    public const int Width = 1200;
    public const int Height = 500;

    public async Task<StoredFileRef?> DrawAsync(DigestData data, IReadOnlyList<int> departments, Texts texts, CancellationToken cancellationToken)
    {
        if (departments.Count == 0)
        {
            return null;
        }

        return await store.KeepAsync(Draw(data, departments, texts.Digest, Color.FromHex(firm.Value.AccentColor)), "digest.png", "image/png", FileKind.Photo, cancellationToken);
    }

    public static byte[] Draw(DigestData data, IReadOnlyList<int> departments, DigestTexts texts, Color? accent = null)
    {
        var colors = accent is { } firmColour ? new[] { firmColour, firmColour.Darken(0.5), Colors.OrangeRed } : [Colors.SteelBlue, Colors.SeaGreen, Colors.OrangeRed];
        return ChartImage.Png(Width, Height, canvas =>
        {
            Open(data, departments, texts, colors).Render(canvas, new PixelRect(0, Width / 2, Height, 0));
            Trend(data, departments, texts).Render(canvas, new PixelRect(Width / 2, Width, Height, 0));
        });
    }

    private static Plot Open(DigestData data, IReadOnlyList<int> departments, DigestTexts texts, Color[] colors)
    {
        var plot = new Plot();
        for (var i = 0; i < departments.Count; i++)
        {
            var cells = data.Cells.Where(c => c.DepartmentId == departments[i]).ToList();
            double[] values = [cells.Sum(c => c.InReview), cells.Sum(c => c.InWork), cells.Sum(c => c.Overdue)];
            for (var s = 0; s < values.Length; s++)
            {
                plot.Add.Bar(new Bar { Position = (i * 4) + s, Value = values[s], FillColor = colors[s] });
            }
        }

        plot.Axes.Bottom.SetTicks([.. departments.Select((_, i) => (i * 4) + 1.0)], [.. departments.Select(id => data.Departments[id])]);
        plot.Legend.ManualItems.AddRange(texts.ChartSeries.Select((name, s) => new LegendItem { LabelText = name, FillColor = colors[s] }));
        plot.ShowLegend();
        plot.Axes.Margins(bottom: 0);
        plot.Title(texts.ChartOpen);
        return plot;
    }

    private static Plot Trend(DigestData data, IReadOnlyList<int> departments, DigestTexts texts)
    {
        var plot = new Plot();
        var days = data.Trend.Select(t => t.Day).Distinct().Order().ToList();
        double[] xs = [.. days.Select((_, i) => (double)i)];
        foreach (var department in departments)
        {
            double[] ys = [.. days.Select(day => (double)data.Trend.Where(t => t.DepartmentId == department && t.Day == day).Sum(t => t.Count))];
            if (xs.Length > 0)
            {
                plot.Add.Scatter(xs, ys).LegendText = data.Departments[department];
            }
        }

        plot.Axes.Bottom.SetTicks(xs, [.. days.Select(day => day.ToString("dd.MM", System.Globalization.CultureInfo.InvariantCulture))]);
        plot.ShowLegend();
        plot.Title(texts.ChartTrend);
        return plot;
    }
}
