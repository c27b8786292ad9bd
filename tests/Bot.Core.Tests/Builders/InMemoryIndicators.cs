using Bot.Core.Deadlines;
using Bot.Core.Indicators;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Requests;

namespace Bot.Core.Tests.Builders;

/// <summary>Monthly indicators in memory, and a chart that is only counted.</summary>
internal sealed class InMemoryIndicators : IIndicators, IIndicatorChart
{
    public List<MonthFigures> All { get; } = [];

    public Dictionary<int, List<Recipient>> Audience { get; } = [];

    public int ChartsDrawn { get; private set; }

    public Task<IReadOnlyList<MonthFigures>> HistoryAsync(int companyId, DateOnly upTo, int months, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MonthFigures>>([.. All.Where(f => f.CompanyId == companyId && f.Month <= upTo).OrderBy(f => f.Month).TakeLast(months)]);

    public Task<IReadOnlyList<DateOnly>> MonthsAsync(int companyId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DateOnly>>([.. All.Where(f => f.CompanyId == companyId).Select(f => f.Month).OrderDescending().Take(limit)]);

    public Task<IReadOnlyList<Recipient>> AudienceAsync(int companyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Recipient>>(Audience.GetValueOrDefault(companyId) ?? []);

    public Task<StoredFileRef> DrawAsync(IReadOnlyList<MonthFigures> history, IndicatorTexts texts, CancellationToken cancellationToken)
    {
        ChartsDrawn++;
        return Task.FromResult(new StoredFileRef(0, "indicators.png", "image/png", FileKind.Photo, new string('c', 64), null));
    }
}
