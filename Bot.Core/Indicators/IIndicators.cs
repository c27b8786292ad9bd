using Bot.Core.Deadlines;

namespace Bot.Core.Indicators;

/// <summary>Companies' monthly indicators as the bot reads them, in the current transaction.</summary>
public interface IIndicators
{
    /// <summary>Up to <paramref name="months"/> months of the company ending with <paramref name="upTo"/>, oldest first.</summary>
    Task<IReadOnlyList<MonthFigures>> HistoryAsync(int companyId, DateOnly upTo, int months, CancellationToken cancellationToken);

    /// <summary>The months the company has numbers for, latest first.</summary>
    Task<IReadOnlyList<DateOnly>> MonthsAsync(int companyId, int limit, CancellationToken cancellationToken);

    /// <summary>The company's employees in the bot with the right to see its finances.</summary>
    Task<IReadOnlyList<Recipient>> AudienceAsync(int companyId, CancellationToken cancellationToken);
}
