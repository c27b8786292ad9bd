using Bot.Core.Deadlines;
using Bot.Core.Indicators;
using Bot.Storage.Connection;

namespace Bot.Storage.Indicators;

/// <summary>Companies' monthly indicators in the current transaction: read by the bot, written by the import.</summary>
public sealed class IndicatorRepository(DbSession session) : IIndicators
{
    private const string Columns = "company_id, month, revenue, net_profit, receivables, payables, stock, cash";

    public async Task<IReadOnlyList<MonthFigures>> HistoryAsync(int companyId, DateOnly upTo, int months, CancellationToken cancellationToken)
    {
        var rows = await session.QueryAsync<FiguresRow>(
            $"SELECT {Columns} FROM indicators WHERE company_id = @CompanyId AND month <= @UpTo ORDER BY month DESC LIMIT @Months",
            new { CompanyId = companyId, UpTo = upTo.ToDateTime(TimeOnly.MinValue), Months = months }, cancellationToken);
        return [.. rows.Reverse().Select(row => row.ToFigures())];
    }

    public async Task<IReadOnlyList<DateOnly>> MonthsAsync(int companyId, int limit, CancellationToken cancellationToken) =>
        [.. await session.QueryAsync<DateOnly>("SELECT month FROM indicators WHERE company_id = @CompanyId ORDER BY month DESC LIMIT @Limit", new { CompanyId = companyId, Limit = limit }, cancellationToken)];

    public async Task<IReadOnlyList<Recipient>> AudienceAsync(int companyId, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT e.telegram_user_id AS user_id, u.language_code
            FROM memberships m
            JOIN client_employees e ON e.id = m.employee_id AND e.telegram_user_id IS NOT NULL
            LEFT JOIN telegram_users u ON u.id = e.telegram_user_id
            WHERE m.company_id = @CompanyId AND m.can_see_finance
            ORDER BY e.id
            """;
        return [.. await session.QueryAsync<Recipient>(sql, new { CompanyId = companyId }, cancellationToken)];
    }

    /// <summary>Stores the month's numbers, replacing any loaded before.</summary>
    public Task SaveAsync(MonthFigures figures, DateTimeOffset now, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            $"""
            INSERT INTO indicators ({Columns}, loaded_at) VALUES (@CompanyId, @Month, @Revenue, @NetProfit, @Receivables, @Payables, @Stock, @Cash, @Now)
            ON CONFLICT (company_id, month) DO UPDATE SET revenue = EXCLUDED.revenue, net_profit = EXCLUDED.net_profit, receivables = EXCLUDED.receivables,
                payables = EXCLUDED.payables, stock = EXCLUDED.stock, cash = EXCLUDED.cash, loaded_at = EXCLUDED.loaded_at
            """,
            new
            {
                figures.CompanyId, Month = figures.Month.ToDateTime(TimeOnly.MinValue), figures.Revenue, figures.NetProfit, figures.Receivables,
                figures.Payables, figures.Stock, figures.Cash, Now = now,
            },
            cancellationToken);

    /// <summary>Records that the month's message goes out to the company; false when it did already.</summary>
    public async Task<bool> TryRecordNoticeAsync(int companyId, DateOnly month, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            "INSERT INTO indicator_notices (company_id, month, sent_at) VALUES (@CompanyId, @Month, @Now) ON CONFLICT DO NOTHING",
            new { CompanyId = companyId, Month = month.ToDateTime(TimeOnly.MinValue), Now = now }, cancellationToken) == 1;

    private sealed record FiguresRow(int CompanyId, DateOnly Month, decimal Revenue, decimal NetProfit, decimal Receivables, decimal Payables, decimal Stock, decimal Cash)
    {
        public MonthFigures ToFigures() => new(CompanyId, Month, Revenue, NetProfit, Receivables, Payables, Stock, Cash);
    }
}
