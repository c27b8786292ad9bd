namespace Bot.Core.Indicators;

/// <summary>A company's key numbers for one month (balances at its end, results for the month), in roubles.</summary>
public sealed record MonthFigures(int CompanyId, DateOnly Month, decimal Revenue, decimal NetProfit, decimal Receivables, decimal Payables, decimal Stock, decimal Cash);
