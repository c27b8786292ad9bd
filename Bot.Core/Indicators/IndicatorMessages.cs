using Bot.Core.Localization;
using Bot.Core.Messaging;

namespace Bot.Core.Indicators;

/// <summary>A month's numbers as a company's employees receive them: the text, then the chart of the last twelve
/// months, drawn once per language.</summary>
public sealed class IndicatorMessages(IIndicators indicators, IIndicatorChart chart)
{
    public const int ChartMonths = 12;

    public async Task<IReadOnlyList<Outgoing>> ForMonthAsync(int companyId, string companyName, DateOnly month, CancellationToken cancellationToken)
    {
        var history = await indicators.HistoryAsync(companyId, month, ChartMonths + 1, cancellationToken);
        if (history.Count == 0 || history[^1].Month != month)
        {
            return [];
        }

        var replies = new List<Outgoing>();
        var charts = new Dictionary<UiLanguage, Requests.StoredFileRef>();
        foreach (var person in await indicators.AudienceAsync(companyId, cancellationToken))
        {
            var texts = Texts.For(person.LanguageCode).Indicators;
            var language = Texts.LanguageOf(person.LanguageCode);
            if (!charts.TryGetValue(language, out var picture))
            {
                picture = charts[language] = await chart.DrawAsync(history.TakeLast(ChartMonths).ToList(), texts, cancellationToken);
            }

            replies.Add(new SendText(person.UserId, Text(texts, companyName, history)));
            replies.Add(new SendFile(person.UserId, picture with { Name = $"{companyName} {IndicatorTexts.MonthButton(month)}.png" }, Html.Escape(texts.ChartTitle(companyName))));
        }

        return replies;
    }

    /// <summary>The last month of <paramref name="history"/> against the one before it.</summary>
    public static string Text(IndicatorTexts texts, string companyName, IReadOnlyList<MonthFigures> history) =>
        texts.Message(companyName, history[^1], history.Count > 1 && history[^2].Month == history[^1].Month.AddMonths(-1) ? history[^2] : null);
}
