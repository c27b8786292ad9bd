using Bot.Core.Localization;
using Bot.Core.Requests;

namespace Bot.Core.Indicators;

/// <summary>Draws a company's last months as a picture kept in the firm's store.</summary>
public interface IIndicatorChart
{
    Task<StoredFileRef> DrawAsync(IReadOnlyList<MonthFigures> history, IndicatorTexts texts, CancellationToken cancellationToken);
}
